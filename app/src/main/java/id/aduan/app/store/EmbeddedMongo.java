package id.aduan.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

import id.aduan.complaint.Complaint;
import id.aduan.complaint.store.StoreDurability;

/**
 * Starts mongo-java-server with its file-backed H2 backend inside this JVM when {@code spring.mongodb.uri}
 * ({@code SPRING_MONGODB_URI}) is not set. The app still talks to it through the real MongoDB driver. After an
 * acknowledged write that a citizen is told about, {@link StoreDurability#flush()} commits the file, so a
 * {@code kill -9} right after the confirmation loses nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class EmbeddedMongo {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    /** Complaints up to which the lookup indexes are built on an existing store (a build of well under a second). */
    private static final long SMALL_STORE = 1_000;

    @Bean
    H2Backend embeddedStoreBackend(StoreSettings settings, EmbeddedStoreSettings store) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
        String file = settings.storeFile().toAbsolutePath().toString();
        log.info("No MongoDB URI configured: using the embedded store in {}", file);
        return new H2Backend(open(file, store));
    }

    /** The store's file, with the background compaction of {@code settings} (otherwise H2's defaults). */
    static MVStore open(String file, EmbeddedStoreSettings settings) {
        return new MVStore.Builder().fileName(file).autoCompactFillRate(settings.autoCompactFillRate()).open();
    }


    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(H2Backend embeddedStoreBackend) {
        MongoServer server = new MongoServer(embeddedStoreBackend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnection(MongoServer embeddedMongoServer) {
        int port = embeddedMongoServer.getLocalAddress().getPort();
        return () -> new ConnectionString("mongodb://127.0.0.1:" + port + "/aduan");
    }

    /**
     * Replaces Spring's MongoDB health check, whose {@code hello} command mongo-java-server does not answer (it
     * would report the store DOWN while it works): a cheap read through the driver, as the app itself reads. With a
     * real MongoDB (SPRING_MONGODB_URI set) this configuration is off and Spring's check applies.
     */
    @Bean
    HealthIndicator mongoHealthContributor(ObjectProvider<MongoOperations> mongo, StoreSettings settings) {
        String file = settings.storeFile().toAbsolutePath().toString();
        return () -> {
            try {
                mongo.getObject().getCollectionNames();
                return Health.up().withDetail("store", "embedded").withDetail("file", file).build();
            } catch (RuntimeException e) {
                return Health.down(e).withDetail("store", "embedded").withDetail("file", file).build();
            }
        };
    }

    /**
     * mongo-java-server answers a query from an index only when the query names exactly the index's fields, and it
     * keeps no other secondary indexes: every other query reads the whole collection. These two unique indexes
     * (trivially unique, as {@code _id} and {@code ticket} are) match the two lookups every officer action makes,
     * so they stay index lookups at 100,000 complaints: the versioned save ({@code _id} + {@code version}) and an
     * officer's lookup by ticket within their agency ({@code ticket} + {@code agency}). A real MongoDB needs
     * neither: it uses the {@code _id} and {@code ticket} indexes for both.
     *
     * <p>Only created while the store is small: mongo-java-server builds an index over the existing documents
     * without any atomicity, so a build interrupted on a large store leaves an index that silently lacks documents
     * (lookups then miss complaints that exist). On a small store the build takes milliseconds; from then on the
     * index is kept up to date with every write. A store that is already large keeps working without them, each
     * such lookup then reads the whole collection (docs/benchmarks.md, "Admin API at 100,000 complaints").
     */
    @Bean
    ApplicationRunner embeddedStoreLookupIndexes(MongoOperations mongo) {
        return args -> {
            var complaints = mongo.indexOps(Complaint.class);
            boolean present = complaints.getIndexInfo().stream()
                    .anyMatch(index -> index.getName().equals("embedded_id_version"));
            if (present) {
                return;
            }
            long stored = mongo.estimatedCount(Complaint.class);
            if (stored > SMALL_STORE) {
                log.warn("The embedded store holds {} complaints: not adding its lookup indexes (they are added only "
                        + "to a store of at most {}); officers' actions read the whole collection", stored,
                        SMALL_STORE);
                return;
            }
            complaints.createIndex(new Index().on("ticket", Sort.Direction.ASC).on("agency", Sort.Direction.ASC)
                    .unique().named("embedded_ticket_agency"));
            complaints.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                    .unique().named("embedded_id_version"));
        };
    }

    @Bean
    StoreDurability embeddedStoreCommit(H2Backend embeddedStoreBackend) {
        return embeddedStoreBackend::commit;
    }
}
