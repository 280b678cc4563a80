package org.parallax.ui.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The name to offer when Parallax asks the reader for theirs: the full name the system knows for
 * the account (the GECOS field of {@code /etc/passwd} on Linux), else the login name. It is only
 * ever a suggestion in the question: a login such as "root" is never stamped on work unasked.
 */
public final class ReaderName {
  private ReaderName() {}

  /** The suggestion for the person running Parallax. */
  public static String suggestion() {
    String login = System.getProperty("user.name", "");
    return fullName(Path.of("/etc/passwd"), login).orElse(login);
  }

  /**
   * The full name {@code passwd} gives for {@code login}: the first comma-separated part of the
   * fifth field, when it is there and says more than the login itself.
   */
  static Optional<String> fullName(Path passwd, String login) {
    if (login == null || login.isBlank() || !Files.isReadable(passwd)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(passwd, StandardCharsets.UTF_8);
      for (String line : lines) {
        String[] fields = line.split(":", -1);
        if (fields.length >= 5 && fields[0].equals(login)) {
          String name = fields[4].split(",", -1)[0].strip();
          return name.isEmpty() || name.equalsIgnoreCase(login)
              ? Optional.empty()
              : Optional.of(name);
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable or odd password file only means no suggestion beyond the login.
    }
    return Optional.empty();
  }
}
