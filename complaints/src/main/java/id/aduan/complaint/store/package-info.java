/** How complaints are stored: value conversions and the durability hook for the embedded store. */
package id.aduan.complaint.store;
