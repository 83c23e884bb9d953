package dev.fastkit.benchmarks.baseline;

import java.util.List;

/** One page of chats and the number of rows the unpaged query would return. */
record ChatPage(List<ChatRead> items, long totalCount) {
}
