package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.bot.chat.ChatTurns;
import id.aduan.bot.conversation.Incoming;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Reporter;

/**
 * Measures one conversation step as the bot runs it (load the state, run the dialogue and its actions, save the
 * state, hand the replies to the local chat channel) on the embedded store. Not part of {@code ./mvnw verify}
 * (the name does not end in Tests); run it with
 * {@code ./mvnw -pl app -am test -Dtest=ConversationStepBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints percentiles and asserts nothing about time.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversationStepBenchmark {

    static final int WARM_UP_CHATS = 100;
    static final int MEASURED_CHATS = 400;

    @TempDir
    static Path dataDir;

    @Autowired
    ChatTurns turns;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.data-dir", () -> dataDir.toString());
    }

    @Test
    void measuresConversationSteps() {
        List<Long> steps = new ArrayList<>();
        List<Long> submits = new ArrayList<>();
        Map<String, List<Long>> byStep = new LinkedHashMap<>();
        for (int chat = 1; chat <= WARM_UP_CHATS + MEASURED_CHATS; chat++) {
            boolean measured = chat > WARM_UP_CHATS;
            ChatRef ref = ChatRef.local(500_000L + chat);
            Reporter who = new Reporter(ref, "Warga " + chat, null);
            BiFunction<String, Incoming, String> step = (label, incoming) -> {
                long start = System.nanoTime();
                List<?> replies = turns.handle(ref, who, incoming);
                if (measured) {
                    long took = System.nanoTime() - start;
                    steps.add(took);
                    byStep.computeIfAbsent(label, l -> new ArrayList<>()).add(took);
                }
                return replies.toString();
            };
            step.apply("free text (starts a report)", new Incoming.Text("Sampah di TPS Pasar Baru Kel. Sukamaju "
                    + "tidak diangkut sejak 3 hari lalu, baunya sampai ke rumah warga nomor " + chat));
            step.apply("consent button", new Incoming.ButtonPressed("consent:yes"));
            step.apply("photo", Incoming.FileShared.photo("foto-" + chat, null));
            step.apply("photo done button", new Incoming.ButtonPressed("photo:done"));
            // Every chat reports the same overflowing TPS, so from the second chat on the bot finds the open
            // complaints of the earlier chats and offers to follow one instead of the summary.
            String afterPrivacy = step.apply("privacy button (classifier and similar lookup)",
                    new Incoming.ButtonPressed("privacy:biasa"));
            if (afterPrivacy.contains("follow:ADU-")) {
                step.apply("\"Tetap kirim laporan baru\" button (summary)", new Incoming.ButtonPressed("similar:new"));
            }
            long start = System.nanoTime();
            List<?> confirmation = turns.handle(ref, who, new Incoming.ButtonPressed("send"));
            if (measured) {
                submits.add(System.nanoTime() - start);
            }
            assertThat(confirmation.toString()).contains("Nomor tiket");
            step.apply("/laporanku (reads complaints)", new Incoming.Text("/laporanku"));
            step.apply("terima kasih", new Incoming.Text("terima kasih"));
        }
        byStep.forEach((label, nanos) -> System.out.println(report("  " + label, nanos)));
        System.out.println(report("conversation step (no submit)", steps));
        System.out.println(report("step that submits a report (ticket, save, flush)", submits));
    }

    static String report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", what,
                sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.getLast() / 1e6);
    }

    static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
