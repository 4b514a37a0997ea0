package id.aduan.bot.conversation;

import java.util.List;

/**
 * A message the bot sends: text, optional rows of inline buttons, or optionally a "share location" button (whose
 * label is {@code locationButton}).
 */
public record Reply(String text, List<List<Button>> buttons, String locationButton) {

    public Reply {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null);
    }

    public static Reply withButtons(String text, List<List<Button>> buttons) {
        return new Reply(text, buttons, null);
    }

    public static Reply askingForLocation(String text, String buttonLabel) {
        return new Reply(text, List.of(), buttonLabel);
    }

    /** An inline button: its label and the short data that comes back when pressed (at most 64 bytes). */
    public record Button(String label, String data) {

        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data over 64 bytes: " + data);
            }
        }
    }
}
