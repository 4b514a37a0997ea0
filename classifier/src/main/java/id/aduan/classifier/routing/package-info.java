/** Agency suggestion from the agency model and the deployment's routing table (category to default agency). */
package id.aduan.classifier.routing;
