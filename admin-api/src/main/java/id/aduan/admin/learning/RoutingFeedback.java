package id.aduan.admin.learning;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What an officer decided about one complaint's suggestion at verification: the suggested and the final category
 * and agency. When they differ, it is a correction and a labelled training example; {@code correction} is stored
 * so the store, not the app, picks corrections out.
 */
@Document("routing_feedback")
record RoutingFeedback(@Id String id, @Indexed(unique = true) String ticket, String text, String suggestedCategory,
                       String suggestedAgency, String category, String agency, String modelVersion, String officer,
                       Instant at, boolean correction) {

    static RoutingFeedback of(String ticket, String text, String suggestedCategory, String suggestedAgency,
                              String category, String agency, String modelVersion, String officer, Instant at) {
        RoutingFeedback outcome = new RoutingFeedback(null, ticket, text, suggestedCategory, suggestedAgency,
                category, agency, modelVersion, officer, at, false);
        return new RoutingFeedback(null, ticket, text, suggestedCategory, suggestedAgency, category, agency,
                modelVersion, officer, at, outcome.categoryCorrected() || outcome.agencyCorrected());
    }

    boolean categoryCorrected() {
        return category != null && !category.equals(suggestedCategory);
    }

    boolean agencyCorrected() {
        return agency != null && !agency.equals(suggestedAgency);
    }

}
