package id.aduan.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TextsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL_KEY = Pattern.compile("texts\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern KEY_PREFIX = Pattern.compile("texts\\.get\\(\\s*\"([^\"]+)\"\\s*\\+");

    /** Keys the code builds at run time ("input.kind-" + kind), which a scan of literals cannot see. */
    private static final Set<String> DYNAMIC_KEYS = Set.of("input.kind-sticker", "input.kind-voice",
            "input.kind-audio", "input.kind-video", "input.kind-video_note", "input.kind-animation",
            "input.kind-contact", "input.kind-poll", "input.kind-dice", "input.kind-document", "input.kind-other",
            "attachment.photo", "attachment.video", "attachment.document", "attachment.voice", "media.too-large-photo",
            "media.too-large-video", "media.too-large-document", "media.too-large-voice");

    private final Texts texts = Texts.indonesian();

    @Test
    void hasATextForEveryKeyTheCodeUses() throws IOException {
        Set<String> used = usedKeys();

        assertThat(used).isNotEmpty();
        assertThat(texts.keys()).containsAll(used);
    }

    @Test
    void listsTheKeysTheCodeBuildsAtRunTime() throws IOException {
        assertThat(scan(KEY_PREFIX)).isNotEmpty().allSatisfy(prefix -> assertThat(DYNAMIC_KEYS)
                .as("keys built from \"%s\" + ...", prefix).anyMatch(key -> key.startsWith(prefix)));
    }

    @Test
    void hasNoTextTheCodeNeverUses() throws IOException {
        Set<String> unused = new TreeSet<>(texts.keys());
        unused.removeAll(usedKeys());

        assertThat(unused).isEmpty();
    }

    @Test
    void writesNoApostrophesBecauseMessageFormatWouldDropThem() {
        assertThat(texts.keys()).allSatisfy(key -> assertThat(texts.get(key)).as(key).doesNotContain("'"));
    }

    @Test
    void hasNoEmptyText() {
        assertThat(texts.keys()).allSatisfy(key -> assertThat(texts.get(key)).as(key).isNotBlank());
    }

    @Test
    void hasOnlyTextsMessageFormatCanFill() {
        assertThat(texts.keys()).allSatisfy(key -> assertThat(
                new MessageFormat(texts.get(key)).format(new Object[] {"A", "B", "C", "D", "E", "F", "G", "H"}))
                .as(key).doesNotContain("{"));
    }

    @Test
    void fillsPlaceholdersWithWhatTheCitizenWrote() {
        assertThat(texts.get("status.found-note", "Jalan sudah ditambal, cek lagi ya'")).isEqualTo(
                "Catatan petugas: Jalan sudah ditambal, cek lagi ya'");
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> texts.get("report.no-such-key"));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>(DYNAMIC_KEYS);
        keys.addAll(scan(LITERAL_KEY));
        return keys;
    }

    private static Set<String> scan(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
