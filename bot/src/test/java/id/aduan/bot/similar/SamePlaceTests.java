package id.aduan.bot.similar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamePlaceTests {

    @Test
    void sharedLocationsMustBeCloseTogether() {
        assertThat(SamePlace.possible(null, -6.91474, 107.60981, null, -6.91500, 107.61000, 500)).isTrue();
        assertThat(SamePlace.possible(null, -6.91474, 107.60981, null, -6.95000, 107.61000, 500)).isFalse();
    }

    @Test
    void typedAddressesMustShareATellingWord() {
        assertThat(SamePlace.possible("depan SDN 3 Sukamaju", null, null, "Jl. Kenanga, Kel. Sukamaju", null, null,
                500)).isTrue();
        assertThat(SamePlace.possible("depan SDN 3 Sukamaju", null, null, "depan SDN 3 Cibeunying", null, null,
                500)).isFalse();
        assertThat(SamePlace.possible("Jalan Merdeka", null, null, "jalan raya Asia Afrika", null, null, 500))
                .isFalse();
    }

    @Test
    void anUnknownPlaceSpeaksAgainstNothing() {
        assertThat(SamePlace.possible(null, null, null, "Jl. Kenanga", null, null, 500)).isTrue();
        assertThat(SamePlace.possible("depan rumah saya", null, null, "Jl. Kenanga", null, null, 500)).isTrue();
        assertThat(SamePlace.possible("Jl. Kenanga", null, null, "Titik lokasi (-6.91474, 107.60981)", -6.9, 107.6,
                500)).isTrue();
    }
}
