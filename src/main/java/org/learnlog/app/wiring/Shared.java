package org.learnlog.app.wiring;

import org.learnlog.ui.Background;
import org.learnlog.ui.FilePicker;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.StatusLine;
import org.learnlog.ui.Windows;

/**
 * What every feature of one main window shares: the way windows are built, the words, the background
 * threads, the change events, the status line, the window's place, its long work, and the system's
 * choosers. Made once per window by {@link MainWindow}.
 */
public record Shared(Windows windows, Messages messages, Background background, JournalEvents events,
                     StatusLine status, Navigation navigation, LongWork work, FolderPicker folders, FilePicker files) {
}
