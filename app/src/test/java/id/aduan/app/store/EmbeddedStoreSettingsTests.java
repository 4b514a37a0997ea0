package id.aduan.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file opened with its compaction setting: a mistyped setting stops the start with a clear
 * message, and what was committed is read back after a reopen whatever the setting.
 */
class EmbeddedStoreSettingsTests {

    @TempDir
    Path dir;

    @Test
    void aFillRateOutsideZeroToHundredIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new EmbeddedStoreSettings(101))
                .hasMessageContaining("aduan.store.auto-compact-fill-rate").hasMessageContaining("101");
        assertThatThrownBy(() -> new EmbeddedStoreSettings(-1))
                .hasMessageContaining("aduan.store.auto-compact-fill-rate");
    }

    @Test
    void whatWasCommittedIsThereAfterAReopenWithEachSetting() {
        for (int fillRate : new int[] {0, 50, 90}) {
            String file = dir.resolve("aduan-" + fillRate + ".mv").toString();
            MVStore store = EmbeddedMongo.open(file, new EmbeddedStoreSettings(fillRate));
            MVMap<String, Integer> saves = store.openMap("conversations");
            for (int turn = 0; turn < 2_000; turn++) {
                saves.put("telegram:" + turn % 300, turn);
                if (turn % 10 == 0) {
                    store.commit();
                }
            }
            store.commit();
            store.close();

            MVStore reopened = EmbeddedMongo.open(file, new EmbeddedStoreSettings(fillRate));
            MVMap<String, Integer> again = reopened.openMap("conversations");
            assertThat(again.size()).isEqualTo(300);
            assertThat(again.get("telegram:199")).isEqualTo(1_999);
            assertThat(again.get("telegram:0")).isEqualTo(1_800);
            reopened.close();
        }
    }
}
