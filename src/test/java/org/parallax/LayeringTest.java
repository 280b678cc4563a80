package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parallax", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  private static final String[] CORE = {
    "org.parallax.model..",
    "org.parallax.task..",
    "org.parallax.files..",
    "org.parallax.ingest..",
    "org.parallax.segment..",
    "org.parallax.align..",
    "org.parallax.framing..",
    "org.parallax.tagging..",
    "org.parallax.store..",
    "org.parallax.export..",
    "org.parallax.agreement..",
    "org.parallax.prompts..",
    "org.parallax.summary..",
    "org.parallax.present.."
  };

  @ArchTest
  static final ArchRule coreKnowsNothingOfJavaFxScenes =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx.scene..", "javafx.stage..", "org.fxmisc..", "org.controlsfx..")
          .because("core logic must run and be tested without the toolkit (STYLE.md: layers)");

  @ArchTest
  static final ArchRule coreDoesNotReachUp =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parallax.ui..", "org.parallax.cli..")
          .because("the user interfaces sit on top of the core, never the other way round");

  @ArchTest
  static final ArchRule modelDependsOnNothingElse =
      noClasses()
          .that()
          .resideInAPackage("org.parallax.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parallax.ingest..",
              "org.parallax.segment..",
              "org.parallax.align..",
              "org.parallax.framing..",
              "org.parallax.tagging..",
              "org.parallax.store..",
              "org.parallax.export..",
              "org.parallax.agreement..",
              "org.parallax.prompts..",
              "org.parallax.summary..")
          .because("the model is the plain data every stage shares");

  @ArchTest
  static final ArchRule ingestDoesNotReachDownstream =
      noClasses()
          .that()
          .resideInAPackage("org.parallax.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parallax.segment..", "org.parallax.align..", "org.parallax.store..")
          .because("data walks one way: ingest comes before segmenting, aligning and saving")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule cliDoesNotUseTheWindow =
      noClasses()
          .that()
          .resideInAPackage("org.parallax.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parallax.ui..")
          .because("the command line runs without a display");
}
