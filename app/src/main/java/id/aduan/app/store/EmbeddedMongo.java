package id.aduan.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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

    @Bean
    H2Backend embeddedStoreBackend(StoreSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
        String file = settings.storeFile().toAbsolutePath().toString();
        log.info("No MongoDB URI configured: using the embedded store in {}", file);
        return new H2Backend(file);
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
     * mongo-java-server answers a query from an index only when the query names exactly the index's fields, and it
     * keeps no other secondary indexes: every other query reads the whole collection. These two unique indexes
     * (trivially unique, as {@code _id} and {@code ticket} are) match the two lookups every officer action makes,
     * so they stay index lookups at 100,000 complaints: the versioned save ({@code _id} + {@code version}) and an
     * officer's lookup by ticket within their agency ({@code ticket} + {@code agency}). A real MongoDB needs
     * neither: it uses the {@code _id} and {@code ticket} indexes for both.
     */
    @Bean
    ApplicationRunner embeddedStoreLookupIndexes(MongoOperations mongo) {
        return args -> {
            var complaints = mongo.indexOps(Complaint.class);
            complaints.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                    .unique().named("embedded_id_version"));
            complaints.createIndex(new Index().on("ticket", Sort.Direction.ASC).on("agency", Sort.Direction.ASC)
                    .unique().named("embedded_ticket_agency"));
        };
    }

    @Bean
    StoreDurability embeddedStoreCommit(H2Backend embeddedStoreBackend) {
        return embeddedStoreBackend::commit;
    }
}
