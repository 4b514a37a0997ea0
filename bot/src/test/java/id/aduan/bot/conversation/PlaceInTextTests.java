package id.aduan.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceInTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, ada motor jatuh | depan SDN 3 Sukamaju
            Lampu jalan di Gang Melati mati sudah 5 hari | Gang Melati
            sampah menumpuk di TPS Pasar Baru, baunya sampai ke rumah | TPS Pasar Baru
            Air PDAM tidak mengalir di Perumahan Griya Asri Blok C | Perumahan Griya Asri Blok C
            banjir setiap hujan dekat Masjid Al-Ikhlas Kel. Sukamaju | dekat Masjid Al-Ikhlas Kel. Sukamaju
            pelayanan lambat di Kantor Kelurahan Sukamaju, antre 4 jam | Kantor Kelurahan Sukamaju
            saluran tersumbat di RT 03/05 Desa Cibodas | RT 03/05 Desa Cibodas
            jalan di depan sdn 3 sukamaju berlubang | depan sdn 3 sukamaju
            lampu di gang melati mati total | gang melati
            sampah di pasar baru tidak diangkut | pasar baru
            Lampu Mati Di Gang Melati Sudah Seminggu | Gang Melati
            jalan berlubang di Jl. Merdeka No. 10, Kel. Sukamaju, sudah sebulan | Jl. Merdeka No. 10, Kel. Sukamaju
            air pdam mati dari kemarin di perumahan griya asri blok c | perumahan griya asri blok c
            lampu merah di perempatan jl. ahmad yani mati, tadi hampir tabrakan | perempatan jl. ahmad yani
            sampah di pinggir jalan dekat pasar cibodas numpuk bau banget | dekat pasar cibodas
            truk parkir sembarangan di Jl. Raya Bogor KM 21 | Jl. Raya Bogor KM 21
            """)
    void findsTheNamedPlaceInAComplaint(String text, String place) {
        assertThat(PlaceInText.find(text)).contains(place);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "lampu jalan mati sudah seminggu",
            "sampah menumpuk di sini sudah lama",
            "air di rumah saya keruh",
            "jalannya rusak parah di daerah kami",
            "tolong diperbaiki",
            "lubang besar di jalan raya bikin motor jatuh",
            "sudah lama di jalan rusak parah ini",
            "",
    })
    void findsNoPlaceWhenNoneIsNamed(String text) {
        assertThat(PlaceInText.find(text)).isEmpty();
    }
}
