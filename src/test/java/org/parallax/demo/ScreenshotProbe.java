package org.parallax.demo;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.ui.ParallaxApp;

/**
 * Opens the real window with a comparison, chooses its first confirmed link in the Links list (as a
 * reader's click would: both essays scroll to it, its ribbons and partners show), and saves a
 * picture of the window: {@code ScreenshotProbe COMPARISON OUT.png [WIDTH HEIGHT]}. Run by {@code
 * docs/screenshot/make-screenshot.sh}.
 */
public final class ScreenshotProbe {
  private static final Duration POLL = Duration.millis(200);
  private static final Duration SETTLE = Duration.seconds(3);
  private static final int GIVE_UP_POLLS = 600;

  private ScreenshotProbe() {}

  public static void main(String[] args) {
    // A main class extending Application cannot start from the class path: hence this launcher.
    // A fresh home folder is a first start: the tour would cover the window.
    System.setProperty("parallax.tour", "off");
    Application.launch(Window.class, args);
  }

  /** The window being photographed. */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
      photograph(stage, getParameters().getRaw());
    }
  }

  private static void photograph(Stage stage, List<String> args) {
    Path comparison = Path.of(args.get(0));
    Path out = Path.of(args.get(1));
    double width = args.size() > 3 ? Double.parseDouble(args.get(2)) : 1400;
    double height = args.size() > 3 ? Double.parseDouble(args.get(3)) : 860;
    ParallaxApp.open(stage, List.of(comparison.toString()));
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(width);
    stage.setHeight(height);
    int[] polls = {0};
    Timeline waiting = new Timeline();
    waiting
        .getKeyFrames()
        .add(
            new KeyFrame(
                POLL,
                e -> {
                  if (chooseFirstConfirmedLink(stage) && backgroundIdle()) {
                    waiting.stop();
                    PauseTransition settle = new PauseTransition(SETTLE);
                    settle.setOnFinished(done -> save(stage, out));
                    settle.play();
                  } else if (++polls[0] > GIVE_UP_POLLS) {
                    System.err.println(
                        "screenshot: the comparison's links never showed, or its background work never ended");
                    System.exit(1);
                  }
                }));
    waiting.setCycleCount(Timeline.INDEFINITE);
    waiting.play();
  }

  /**
   * True when no background worker of the window is running. Opening a comparison finds its
   * runners-up quietly in the background, loading the meaning model: waiting for it shows them, and
   * leaving while the model's native runtime is still starting crashes the JVM on exit.
   */
  private static boolean backgroundIdle() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("parallax-worker"))
        .noneMatch(t -> t.getState() == Thread.State.RUNNABLE);
  }

  /** Selects the confirmed link nearest the top of the left essay; false until the list has one. */
  @SuppressWarnings("unchecked")
  private static boolean chooseFirstConfirmedLink(Stage stage) {
    ListView<Link> list = (ListView<Link>) stage.getScene().lookup("#links-list");
    if (list == null) {
      return false;
    }
    return list.getItems().stream()
        .filter(link -> link.status() == LinkStatus.CONFIRMED && !link.relation().isEmpty())
        .findFirst()
        .map(
            link -> {
              list.getSelectionModel().select(link);
              return true;
            })
        .orElse(false);
  }

  private static void exitWhenIdle() {
    if (!backgroundIdle()) {
      PauseTransition later = new PauseTransition(POLL);
      later.setOnFinished(e -> exitWhenIdle());
      later.play();
      return;
    }
    Platform.exit();
    System.exit(0);
  }

  private static void save(Stage stage, Path out) {
    try {
      WritableImage shot = stage.getScene().snapshot(null);
      int w = (int) shot.getWidth();
      int h = (int) shot.getHeight();
      int[] argb = new int[w * h];
      shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
      BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      image.setRGB(0, 0, w, h, argb, 0, w);
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      ImageIO.write(image, "png", out.toFile());
      System.out.println("saved " + out + " (" + w + "x" + h + ")");
      exitWhenIdle();
    } catch (Exception e) {
      System.err.println("screenshot: " + e);
      System.exit(1);
    }
  }
}
