package id.aduan.admin.similar;

import java.util.List;

/** The tickets of one page of the list, in list order, and how many complaints match in all. */
public record ListSlice(List<String> tickets, long total) {
}
