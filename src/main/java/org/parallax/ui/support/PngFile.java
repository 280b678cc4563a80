package org.parallax.ui.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritablePixelFormat;
import javax.imageio.ImageIO;
import org.parallax.store.OutputFile;
import org.parallax.store.StoreException;

/**
 * Writes a JavaFX image as a PNG file, whole or not at all (through the same atomic path as saving
 * a comparison), without the javafx-swing bridge.
 */
public final class PngFile {
  private PngFile() {}

  /** The PNG bytes of {@code image}. */
  public static byte[] encode(Image image) throws IOException {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] argb = new int[width * height];
    PixelReader pixels = image.getPixelReader();
    pixels.getPixels(0, 0, width, height, WritablePixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    buffered.setRGB(0, 0, width, height, argb, 0, width);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(buffered, "png", out)) {
      throw new IOException("This Java has no PNG writer.");
    }
    return out.toByteArray();
  }

  /** Writes {@code image} to {@code target} as PNG; the old file stays if anything fails. */
  public static void write(Image image, Path target) throws IOException, StoreException {
    OutputFile.write(target, encode(image));
  }
}
