package org.parallax.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderNameTest {
  @TempDir Path dir;

  private Path passwd() throws IOException {
    return Files.writeString(
        dir.resolve("passwd"),
        "root:x:0:0:root:/root:/bin/bash\n"
            + "ana:x:1000:1000:Ana Grigoryan,Room 4,,:/home/ana:/bin/bash\n"
            + "bob:x:1001:1001::/home/bob:/bin/sh\n");
  }

  @Test
  void theFullNameIsTheFirstPartOfTheGecosField() throws IOException {
    assertThat(ReaderName.fullName(passwd(), "ana")).contains("Ana Grigoryan");
  }

  @Test
  void anAccountWithoutAFullNameOrNamedAfterItsLoginHasNone() throws IOException {
    assertThat(ReaderName.fullName(passwd(), "bob")).isEmpty();
    assertThat(ReaderName.fullName(passwd(), "root")).isEmpty();
    assertThat(ReaderName.fullName(passwd(), "nobody-here")).isEmpty();
  }

  @Test
  void aMissingPasswordFileGivesNoFullName() {
    assertThat(ReaderName.fullName(dir.resolve("none"), "ana")).isEmpty();
  }
}
