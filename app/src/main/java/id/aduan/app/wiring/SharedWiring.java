package id.aduan.app.wiring;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.aduan.bot.conversation.Dialogue;
import id.aduan.bot.conversation.ReportClassifier;
import id.aduan.bot.conversation.SummaryCard;
import id.aduan.bot.conversation.Texts;
import id.aduan.classifier.ClassifierSettings;
import id.aduan.classifier.LiveClassifier;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.taxonomy.Taxonomy;

/** The plain-Java parts (classifier, dialogue, taxonomy, calendar) as Spring beans. */
@Configuration(proxyBeanMethods = false)
class SharedWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Taxonomy taxonomy(ClassifierSettingsProperties settings) {
        return Taxonomy.load(settings.taxonomyDir());
    }

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.indonesia();
    }

    @Bean
    LiveClassifier classifier(Taxonomy taxonomy, ClassifierSettingsProperties settings) {
        return LiveClassifier.fromSeed(taxonomy, new ClassifierSettings(settings.threshold(),
                ClassifierSettings.DEFAULT_SUGGESTIONS, settings.backgroundCalibration()));
    }

    @Bean
    ReportClassifier reportClassifier(LiveClassifier classifier) {
        return classifier::suggest;
    }

    @Bean
    Texts texts() {
        return Texts.indonesian();
    }

    @Bean
    SummaryCard summaryCard(Texts texts, Taxonomy taxonomy) {
        return new SummaryCard(texts, taxonomy);
    }

    @Bean
    Dialogue dialogue(Texts texts, ReportClassifier reportClassifier, SummaryCard summaryCard) {
        return new Dialogue(texts, reportClassifier, summaryCard);
    }
}
