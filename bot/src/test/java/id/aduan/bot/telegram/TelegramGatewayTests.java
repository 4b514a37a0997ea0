package id.aduan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Telegram's size limits on texts and button data. */
class TelegramGatewayTests {

    @Test
    void splitsLongTextsAtParagraphsFirst() {
        String first = "a".repeat(3000);
        String second = "b".repeat(3000);
        List<String> parts = TelegramGateway.split(first + "\n\n" + second);
        assertThat(parts).containsExactly(first, second);
    }

    @Test
    void splitsAtLinesThenWordsAndNeverExceeds4096() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("kata").append(i).append(i % 10 == 0 ? "\n" : " ");
        }
        List<String> parts = TelegramGateway.split(text.toString());
        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 4096);
        assertThat(String.join(" ", parts).replace('\n', ' ').split(" +")).hasSize(2_000);
        List<String> words = TelegramGateway.split("x".repeat(5000) + " " + "y".repeat(10));
        assertThat(words).containsExactly("x".repeat(4096), "x".repeat(904) + " " + "y".repeat(10));
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String emoji = "\uD83D\uDE00";
        List<String> parts = TelegramGateway.split("a" + emoji.repeat(3000));
        assertThat(parts).allMatch(p -> p.length() <= 4096)
                .noneMatch(p -> Character.isHighSurrogate(p.charAt(p.length() - 1)));
        assertThat(String.join("", parts)).isEqualTo("a" + emoji.repeat(3000));
    }

    @Test
    void refusesCallbackDataOver64Bytes() {
        assertThat(TelegramGateway.callbackData("x".repeat(64))).hasSize(64);
        // 22 three-byte characters are 66 bytes although only 22 characters
        assertThatIllegalArgumentException().isThrownBy(() -> TelegramGateway.callbackData("\u20AC".repeat(22)));
    }
}
