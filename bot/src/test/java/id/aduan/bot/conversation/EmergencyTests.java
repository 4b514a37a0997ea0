package id.aduan.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmergencyTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Tolong ada kebakaran di rumah sebelah, apinya besar!",
            "ada kecelakaan motor di perempatan Jl. Merdeka, korbannya berdarah",
            "tetangga saya dipukuli suaminya sekarang, tolong",
            "ada begal di jalan depan kampus",
            "bapak saya pingsan dan sesak napas",
            "anak tenggelam di sungai",
            "ada kecelakaan, lalu pengendaranya tidak sadarkan diri",
            "tadi pagi ada tabrakan di depan pasar, korbannya masih tergeletak",
            "ada maling masuk rumah tetangga",
    })
    void recognisesAnEmergencyHappeningNow(String text) {
        assertThat(Emergency.isHappeningNow(text, IncidentTimeTests.TODAY)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "rumah warga terbakar minggu lalu, butuh bantuan",
            "bekas kebakaran pasar belum dibersihkan",
            "kemarin ada kecelakaan karena jalan berlubang",
            "jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor jatuh",
            "lampu jalan mati sudah seminggu",
            "sampah menumpuk di TPS Pasar Baru",
            "jalan gelap dan rawan begal, mohon lampu diperbaiki",
            "jalan berlubang ini sering menyebabkan kecelakaan",
            "sudah 3 kali terjadi kecelakaan di tikungan ini karena tidak ada rambu",
            "korban kebakaran di Kampung Baru belum dapat bantuan",
            "kebakaran 12/11/2026 di pasar, sampai sekarang puing belum diangkut",
    })
    void doesNotTreatPastEventsOrEverydayComplaintsAsEmergencies(String text) {
        assertThat(Emergency.isHappeningNow(text, IncidentTimeTests.TODAY)).isFalse();
    }
}
