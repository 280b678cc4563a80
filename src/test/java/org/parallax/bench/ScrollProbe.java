package org.parallax.bench;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.ParallaxApp;
import org.parallax.ui.reading.DocumentArea;
import org.parallax.ui.reading.RibbonGutter;
import org.parallax.ui.tag.TaggingViewModel;

/**
 * Run in a fresh JVM by {@link ScrollBenchmark}: opens the comparison file named by its argument in
 * the real main window, waits until it is shown and has settled, then drives a script one step per
 * pulse from an {@link AnimationTimer}: scroll the left essay, click visible claims, tag visible
 * words. It prints each series as {@code series NAME v1 v2 …} (milliseconds) and exits.
 */
public final class ScrollProbe {
  static final int STEPS = 300;
  static final double STEP_PX = 40;
  static final int TRIALS = 20;

  /** Pulses left alone before each phase and between trials, so one step's work cannot spill. */
  static final int SETTLE = 30;

  static final int GAP = 8;

  private ScrollProbe() {}

  public static void main(String[] args) {
    // Not an Application itself: the java launcher refuses those when JavaFX is on the class path.
    // A fresh home folder is a first start: the tour would cover the window.
    System.setProperty("parallax.tour", "off");
    Application.launch(Window.class, args);
  }

  /** Opens the window and starts the script. */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) throws Exception {
      String file = getParameters().getRaw().get(0);
      long opened = System.nanoTime();
      MainWindow window = ParallaxApp.open(stage, List.of(file));
      new Script(stage.getScene(), viewModelOf(window), opened).start();
    }
  }

  /** The window keeps its view model to itself; the benchmark reads it to drive the real thing. */
  private static MainViewModel viewModelOf(MainWindow window) throws ReflectiveOperationException {
    Field field = MainWindow.class.getDeclaredField("viewModel");
    field.setAccessible(true);
    return (MainViewModel) field.get(window);
  }

  private enum Phase {
    LOADING,
    SCROLL,
    SELECT,
    TAG
  }

  /** The scripted session, one step per pulse. */
  private static final class Script extends AnimationTimer {
    private final MainViewModel viewModel;
    private final TaggingViewModel tagging;
    private final DocumentArea left;
    private final RibbonGutter ribbons;
    private final long opened;
    private final List<Double> frames = new ArrayList<>();
    private final List<Double> pulseWork = new ArrayList<>();
    private final List<Double> selectSync = new ArrayList<>();
    private final List<Double> selectFrame = new ArrayList<>();
    private final List<Double> tagSync = new ArrayList<>();
    private final List<Double> tagFrame = new ArrayList<>();
    private final List<Double> selectWork = new ArrayList<>();
    private final List<Double> tagWork = new ArrayList<>();
    private Phase phase = Phase.LOADING;
    private int wait = -1;
    private int count;
    private long last;
    private long pulseStart;
    private List<Double> pendingFrame;
    private List<Double> pendingWork;
    private double trialFrame;
    private double trialWork;

    Script(Scene scene, MainViewModel viewModel, long opened) {
      this.viewModel = viewModel;
      this.tagging = viewModel.tagging();
      this.left = (DocumentArea) scene.lookup("#left-area");
      this.ribbons = (RibbonGutter) scene.lookup("#ribbon-gutter");
      this.opened = opened;
      scene.addPostLayoutPulseListener(
          () -> {
            if (phase == Phase.SCROLL && count > 0 && count <= STEPS) {
              pulseWork.add(ms(System.nanoTime() - pulseStart));
            }
            if (pendingWork != null) {
              trialWork = Math.max(trialWork, ms(System.nanoTime() - pulseStart));
            }
          });
    }

    @Override
    public void handle(long now) {
      pulseStart = System.nanoTime();
      if (pendingFrame != null) {
        trialFrame = Math.max(trialFrame, ms(now - last));
        if (wait == 0) {
          pendingFrame.add(trialFrame);
          pendingWork.add(trialWork);
          pendingFrame = null;
          pendingWork = null;
        }
      }
      if (wait > 0) {
        wait--;
        last = now;
        return;
      }
      switch (phase) {
        case LOADING -> loading();
        case SCROLL -> scroll(now);
        case SELECT -> trial(true);
        case TAG -> trial(false);
      }
      last = now;
    }

    private void loading() {
      Comparison shown = viewModel.alignment().comparisonProperty().get();
      if (wait < 0 && shown != null && shown.title().equals("Book-length pair")) {
        print("load", List.of(ms(System.nanoTime() - opened)));
        wait = SETTLE;
      } else if (wait == 0) {
        phase = Phase.SCROLL;
      }
    }

    private void scroll(long now) {
      if (count > 0) {
        frames.add(ms(now - last));
      }
      if (count < STEPS) {
        left.scrollYBy(STEP_PX);
        count++;
      } else {
        count = 0;
        phase = Phase.SELECT;
        wait = SETTLE;
      }
    }

    /** One click on a visible claim (select) or one term tag on a visible word, then a pause. */
    private void trial(boolean select) {
      if (count == TRIALS) {
        count = 0;
        if (select) {
          phase = Phase.TAG;
          wait = SETTLE;
        } else {
          finish();
        }
        return;
      }
      int[] word = visibleWord(count);
      long t0 = System.nanoTime();
      if (select) {
        tagging.clickAt(Side.A, word[0], false);
      } else {
        tagging.tagTerm(Side.A, word[0], word[1], "security");
      }
      (select ? selectSync : tagSync).add(ms(System.nanoTime() - t0));
      pendingFrame = select ? selectFrame : tagFrame;
      pendingWork = select ? selectWork : tagWork;
      trialFrame = 0;
      trialWork = 0;
      count++;
      wait = GAP;
    }

    /**
     * A word of the {@code i}-th non-empty paragraph on screen in the left essay (cycling through
     * them): its second word the first time round, its third the next, and so on, so that no word
     * is tagged twice.
     */
    private int[] visibleWord(int i) {
      int[] range = left.visibleParagraphRange().orElseThrow();
      List<Integer> paragraphs = new ArrayList<>();
      for (int p = range[0]; p <= range[1]; p++) {
        if (left.getParagraphLength(p) > 200) {
          paragraphs.add(p);
        }
      }
      int paragraph = paragraphs.get(i % paragraphs.size());
      String text = left.getText(paragraph);
      int from = 0;
      for (int skip = 0; skip <= i / paragraphs.size(); skip++) {
        from = text.indexOf(' ', from) + 1;
      }
      int to = text.indexOf(' ', from);
      int start = left.getAbsolutePosition(paragraph, 0);
      return new int[] {start + from, start + to};
    }

    private void finish() {
      stop();
      print("frame", frames);
      print("pulse-work", pulseWork);
      print("select-sync", selectSync);
      print("select-frame", selectFrame);
      print("select-work", selectWork);
      print("tag-sync", tagSync);
      print("tag-frame", tagFrame);
      print("tag-work", tagWork);
      Comparison end = viewModel.alignment().comparisonProperty().get();
      System.out.println("check terms after the script: " + end.terms().size());
      if (viewModel.noticeProperty().get() != null) {
        System.out.println("notice " + viewModel.noticeProperty().get());
      }
      diagnose();
      System.out.flush();
      // Straight out: closing the window would ask about unsaved work.
      System.exit(0);
    }

    /** Times the pieces a slow frame may be spent in, each on its own. */
    private void diagnose() {
      List<Double> redraws = new ArrayList<>();
      int drawn = 0;
      for (int i = 0; i < TRIALS; i++) {
        long t0 = System.nanoTime();
        drawn = ribbons.redraw();
        redraws.add(ms(System.nanoTime() - t0));
      }
      print("ribbon-redraw", redraws);
      print("ribbons-drawn", List.of((double) drawn));
      List<Double> spans = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        left.setStyleSpans(0, left.getStyleSpans(0, left.getLength()));
        spans.add(ms(System.nanoTime() - t0));
      }
      print("set-style-spans", spans);
      Comparison c = viewModel.alignment().comparisonProperty().get();
      long t0 = System.nanoTime();
      for (Link link : c.links()) {
        c.claim(link.aClaims().get(0));
        c.claim(link.bClaims().get(0));
      }
      print("claim-lookups", List.of(ms(System.nanoTime() - t0)));
    }

    private static void print(String name, List<Double> values) {
      StringBuilder line = new StringBuilder("series ").append(name);
      for (double v : values) {
        line.append(' ').append(String.format(Locale.ROOT, "%.2f", v));
      }
      System.out.println(line);
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }
}
