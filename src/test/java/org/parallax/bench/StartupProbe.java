package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parallax.ui.ParallaxApp;

/**
 * Run in a fresh JVM by {@link StartupBenchmark}: opens the real main window (with the bundled
 * seed, as a plain start does) and, once the first pulse after the window is shown has laid it out,
 * prints {@code startup-ms N}, the milliseconds since the JVM started, then exits.
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) {
    // Not an Application itself: the java launcher refuses those when JavaFX is on the class path.
    // A fresh home folder is a first start: the tour would cover the window.
    System.setProperty("parallax.tour", "off");
    Application.launch(Window.class, args);
  }

  /** Opens the real window and watches for its first laid-out frame. */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
      System.out.println("toolkit-ms " + sinceJvmStart());
      stage.setOnShown(shown -> afterFirstLayout(stage.getScene()));
      ParallaxApp.open(stage, List.of());
      System.out.println("opened-ms " + sinceJvmStart());
    }
  }

  /**
   * Notes the end of the first pulse's CSS and layout of the shown window, then the start of the
   * next pulse (by which the first frame has been handed to the renderer), prints both and exits.
   */
  private static void afterFirstLayout(Scene scene) {
    long[] firstLayout = {-1};
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          firstLayout[0] = sinceJvmStart();
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              stop();
              System.out.println("startup-ms " + firstLayout[0]);
              System.out.println("next-frame-ms " + sinceJvmStart());
              System.out.flush();
              // Straight out: closing the window would ask about unsaved work.
              System.exit(0);
            }
          }.start();
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  private static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
