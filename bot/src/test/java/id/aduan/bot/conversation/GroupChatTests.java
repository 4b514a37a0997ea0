package id.aduan.bot.conversation;

import static id.aduan.bot.conversation.Chat.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class GroupChatTests {

    @Test
    void answersAGroupOnceAndIgnoresTheRest() {
        Chat group = Chat.firstTime().on(new Incoming.GroupMessage());
        assertThat(group.said()).isEqualTo(question("group.private-only"));

        group.later(Duration.ofMinutes(5)).on(new Incoming.GroupMessage());

        assertThat(group.last().replies()).isEmpty();
        assertThat(group.last().action()).isEmpty();
        assertThat(group.step()).isEqualTo(Step.IDLE);
        assertThat(group.draft()).isNull();
    }
}
