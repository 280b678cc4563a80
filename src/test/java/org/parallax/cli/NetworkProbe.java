package org.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Runs a parallax command line ({@code align A B --json}, {@code export F --to pdf -o OUT}) in a
 * JVM of its own (the meaning model loads once per JVM) and prints, as {@code attempt …}, where
 * each network socket the run tried to make came from; then the exit code and the JSON. A socket
 * factory that records and refuses stands behind every {@link Socket} (plain HTTP, HTTPS and direct
 * connections alike), so nothing leaves the machine even when something does try.
 */
public final class NetworkProbe {
  private NetworkProbe() {}

  public static void main(String[] args) throws Exception {
    List<String> attempts = new CopyOnWriteArrayList<>();
    @SuppressWarnings("deprecation") // the one JVM-wide hook that sees every java.net.Socket
    Runnable install =
        () -> {
          try {
            Socket.setSocketImplFactory(
                () -> {
                  attempts.add(caller());
                  throw new IllegalStateException("no network in this test");
                });
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        };
    install.run();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    attempts.forEach(where -> System.out.println("attempt " + where));
    System.out.println("exit " + code);
    System.out.println(out.toString().replace('\n', ' '));
    System.out.println(err);
  }

  /** The first frames outside the JDK that asked for the socket. */
  private static String caller() {
    return Arrays.stream(new Throwable().getStackTrace())
        .map(StackTraceElement::toString)
        .filter(frame -> !frame.startsWith("java.") && !frame.startsWith("sun."))
        .skip(1)
        .limit(3)
        .collect(Collectors.joining(" < "));
  }
}
