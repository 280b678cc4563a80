package org.parallax.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.parallax.ui.support.ReaderName;

/**
 * The one time Parallax asks the reader's name: on the first edit or save while it is not known,
 * with the system's full name (or the login) filled in, so nothing is stamped "root" unasked.
 */
final class ReaderNameQuestion {
  private ReaderNameQuestion() {}

  static Optional<String> ask(Window owner) {
    TextInputDialog ask = new TextInputDialog(ReaderName.suggestion());
    ask.getDialogPane().setId("reader-name-question");
    ask.initOwner(owner);
    Styles.dressLike(ask.getDialogPane(), owner);
    ask.setTitle(Messages.get("annotator.first.title"));
    ask.setHeaderText(Messages.get("annotator.first"));
    ask.setContentText(Messages.get("annotator.name"));
    ask.getEditor().setId("reader-name");
    return ask.showAndWait();
  }
}
