package id.aduan.classifier.model;

import id.aduan.classifier.text.ComplaintText.Doc;

/** One model of a head: a probability for every label of the head, in the head's label order. Thread-safe. */
interface Scorer {

    double[] probabilities(Doc doc);
}
