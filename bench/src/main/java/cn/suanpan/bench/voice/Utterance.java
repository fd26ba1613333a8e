package cn.suanpan.bench.voice;

import cn.suanpan.core.voice.Intent;

/** A sentence to synthesise, how to say it, and the intent it must give. */
record Utterance(int id, String text, Intent expected, String voice, int wordsPerMinute) {
}
