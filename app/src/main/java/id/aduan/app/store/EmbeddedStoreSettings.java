package id.aduan.app.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded store's file (H2 MVStore) reclaims the space of rewritten pages ({@code aduan.store.*}).
 *
 * @param autoCompactFillRate when less than this share of the file (percent) is live data, the store rewrites
 *                            partly used chunks in the background. H2's own default is 90: on 2 cores that
 *                            rewriting ran almost all the time under load and competed with citizens' messages (it
 *                            doubled to tripled the ingest benchmark's p99, docs/benchmarks.md). 50 keeps the file
 *                            at most about twice its live data; 0 turns the background rewrite off.
 */
@ConfigurationProperties("aduan.store")
public record EmbeddedStoreSettings(@DefaultValue("50") int autoCompactFillRate) {

    public EmbeddedStoreSettings {
        if (autoCompactFillRate < 0 || autoCompactFillRate > 100) {
            throw new IllegalArgumentException("aduan.store.auto-compact-fill-rate must be 0-100, was "
                    + autoCompactFillRate);
        }
    }
}
