package id.aduan.bot.similar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the store for complaints that other processes saved, every {@code aduan.bot.similar.refresh-interval} (5s).
 * Only with a real MongoDB ({@code spring.mongodb.uri} set), where several instances share the store: the embedded
 * store lives in this process, so every save of a complaint already reaches the index through its save event, and a
 * poll there would read the whole collection (mongo-java-server has no index for {@code updatedAt}) while the
 * citizens' conversation steps wait for the store (ADR 0107).
 */
@Component
@ConditionalOnExpression("!'${spring.mongodb.uri:}'.isBlank()")
class OpenComplaintPolling {

    private final OpenComplaintIndex index;

    OpenComplaintPolling(OpenComplaintIndex index) {
        this.index = index;
    }

    @Scheduled(fixedDelayString = "${aduan.bot.similar.refresh-interval:5s}", initialDelayString = "5s")
    void poll() {
        index.refresh();
    }
}
