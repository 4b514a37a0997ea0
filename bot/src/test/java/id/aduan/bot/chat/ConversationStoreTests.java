package id.aduan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.aduan.bot.conversation.Conversation;
import id.aduan.bot.conversation.Step;
import id.aduan.complaint.ChatRef;

/**
 * The conversation store with and without the in-process copy of the embedded store: what a citizen's next turn
 * starts from after a save, a failed save, an erasure and a restart must be the same either way.
 */
class ConversationStoreTests {

    private static final ChatRef CHAT = ChatRef.telegram(5_000_000_001L);
    private static final Instant T0 = Instant.parse("2026-11-30T05:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    /** When set, the next save fails as a lost connection would, before the write reaches the store. */
    private final AtomicBoolean failNextSave = new AtomicBoolean();
    /** When set, the next save is written but its answer is lost. */
    private final AtomicBoolean loseNextAnswer = new AtomicBoolean();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "conversation-tests") {
            @Override
            public <T> T save(T objectToSave, String collectionName) {
                if (failNextSave.getAndSet(false)) {
                    throw new DataAccessResourceFailureException("connection lost");
                }
                T saved = super.save(objectToSave, collectionName);
                if (loseNextAnswer.getAndSet(false)) {
                    throw new DataAccessResourceFailureException("answer lost");
                }
                return saved;
            }
        };
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private ConversationStore store(boolean cached) {
        return new ConversationStore(mongo, cached ? new ConversationCache() : null);
    }

    private static Conversation at(Step step, Instant updatedAt) {
        return new Conversation(ConversationStore.id(CHAT), step, null, null, T0, "v1", updatedAt, null);
    }

    @ParameterizedTest(name = "cached={0}")
    @ValueSource(booleans = {true, false})
    void aNewChatStartsIdleAndASavedTurnIsWhereTheNextOneStarts(boolean cached) {
        ConversationStore store = store(cached);
        assertThat(store.load(CHAT).step()).isEqualTo(Step.IDLE);
        assertThat(store.load(CHAT).consentAt()).isNull();

        store.save(at(Step.ASK_LOCATION, T0));
        store.save(at(Step.ASK_TIME, T0.plusSeconds(5)));

        assertThat(store.load(CHAT).step()).isEqualTo(Step.ASK_TIME);
        // After a restart (a new store on the same data) the citizen is where they were.
        assertThat(store(cached).load(CHAT)).isEqualTo(at(Step.ASK_TIME, T0.plusSeconds(5)));
    }

    @ParameterizedTest(name = "cached={0}")
    @ValueSource(booleans = {true, false})
    void aTurnWhoseSaveFailedIsNotRememberedTheNextTurnStartsFromTheStore(boolean cached) {
        ConversationStore store = store(cached);
        store.save(at(Step.ASK_LOCATION, T0));

        failNextSave.set(true);
        assertThatThrownBy(() -> store.save(at(Step.ASK_TIME, T0.plusSeconds(5))))
                .isInstanceOf(DataAccessResourceFailureException.class);

        // The citizen was told something went wrong; the question they get again is the stored one.
        assertThat(store.load(CHAT).step()).isEqualTo(Step.ASK_LOCATION);
    }

    @ParameterizedTest(name = "cached={0}")
    @ValueSource(booleans = {true, false})
    void aSaveWhoseAnswerWasLostIsReadBackFromTheStoreSoARestartChangesNothing(boolean cached) {
        ConversationStore store = store(cached);
        store.save(at(Step.ASK_LOCATION, T0));

        loseNextAnswer.set(true);
        assertThatThrownBy(() -> store.save(at(Step.ASK_TIME, T0.plusSeconds(5))))
                .isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(store.load(CHAT)).isEqualTo(store(cached).load(CHAT));
        assertThat(store.load(CHAT).step()).isEqualTo(Step.ASK_TIME);
    }

    @ParameterizedTest(name = "cached={0}")
    @ValueSource(booleans = {true, false})
    void manyChatsSavingAtOnceAreEachStoredWithTheirOwnLastTurn(boolean cached) throws Exception {
        ConversationStore store = store(cached);
        int chats = 64;
        int turns = 20;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < chats; c++) {
                ChatRef chat = ChatRef.telegram(6_000_000_000L + c);
                done.add(pool.submit(() -> {
                    for (int t = 1; t <= turns; t++) {
                        store.save(new Conversation(ConversationStore.id(chat), Step.ASK_DESCRIPTION, null, null, T0,
                                "v1", T0.plusSeconds(t), null));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        ConversationStore afterRestart = store(cached);
        for (int c = 0; c < chats; c++) {
            ChatRef chat = ChatRef.telegram(6_000_000_000L + c);
            assertThat(afterRestart.load(chat).updatedAt()).as("chat %d", c).isEqualTo(T0.plusSeconds(turns));
            assertThat(store.load(chat).updatedAt()).isEqualTo(T0.plusSeconds(turns));
        }
        assertThat(mongo.getCollection(ConversationStore.COLLECTION).countDocuments()).isEqualTo(chats);
    }

    @ParameterizedTest(name = "cached={0}")
    @ValueSource(booleans = {true, false})
    void anErasedChatStartsOverAndIsAskedForConsentAgain(boolean cached) {
        ConversationStore store = store(cached);
        store.save(at(Step.ASK_LOCATION, T0));
        assertThat(store.load(CHAT).consentAt()).isEqualTo(T0);

        assertThat(store.erase(CHAT)).isEqualTo(1);

        Conversation next = store.load(CHAT);
        assertThat(next.step()).isEqualTo(Step.IDLE);
        assertThat(next.consentAt()).isNull();
        assertThat(mongo.getCollection(ConversationStore.COLLECTION).countDocuments()).isZero();
        assertThat(store.erase(CHAT)).isZero();
    }
}
