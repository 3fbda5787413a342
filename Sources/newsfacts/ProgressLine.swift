import Foundation
import NewsFactsKit

/// The live progress line on stderr: redrawn in place on a terminal, or, when asked for with
/// `--progress` elsewhere (a log file, a batch job), one line every few seconds.
struct ProgressLine: Sendable {
    /// When to show it.
    enum Mode: Sendable {
        /// Only when stderr is a terminal.
        case automatic
        /// Always.
        case on
        /// Never.
        case off
    }

    /// Whether stderr is a terminal (the line is redrawn in place).
    let terminal: Bool
    /// Whether to show anything.
    let enabled: Bool

    /// Decides from the mode and stderr.
    init(mode: Mode) {
        terminal = isatty(STDERR_FILENO) == 1
        switch mode {
        case .automatic: enabled = terminal
        case .on: enabled = true
        case .off: enabled = false
        }
    }

    /// How often to redraw: often on a terminal, rarely in a log.
    var interval: Duration { terminal ? .milliseconds(250) : .seconds(5) }

    /// The callback for the run, or nil when nothing is shown.
    var report: (@Sendable (RunProgress) -> Void)? {
        guard enabled else { return nil }
        let terminal = self.terminal
        return { progress in
            let text = "newsfacts: " + progress.line
            // On a terminal: back to the line's start and clear to its end, so the line redraws in place.
            FileHandle.standardError.write(Data((terminal ? "\r" + text + "\u{1B}[K" : text + "\n").utf8))
        }
    }

    /// Clears the line on a terminal, so the summary starts on a clean line.
    func finish() {
        if enabled && terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
