package id.aduan.app.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the embedded store keeps its file ({@code ADUAN_DATA_DIR}, default {@code ./data}). */
@ConfigurationProperties("aduan")
public record StoreSettings(@DefaultValue("./data") Path dataDir) {

    public Path storeFile() {
        return dataDir.resolve("aduan.mv");
    }
}
