#!/usr/bin/env bash
# Accuracy of voice commands with the shipped English model and the demo catalog, on speech
# made by espeak-ng (several voices and speeds), clean and with noise at 10 dB SNR.
# Prints intent accuracy, wrong-action rate, end-of-speech-to-intent latency and real-time
# factor; misheard utterances go to bench/target/voice/errors.txt. The speech is cached there.
#   scripts/bench-voice.sh              # 360 utterances
#   COUNT=600 scripts/bench-voice.sh
#   SWEEP=1 scripts/bench-voice.sh      # also accuracy for other confidence thresholds
#   SWEEP=1 CHECK_WORDS=1 scripts/bench-voice.sh   # and for the least word confidence of product and number words
#   SEED=777 scripts/bench-voice.sh     # another set of utterances (one not looked at while tuning)
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25
ensure_packages espeak-ng sox
count="${COUNT:-360}"

./mvnw -q -B -DskipTests -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
opts=()
[ -n "${SWEEP:-}" ] && opts+=(-Dvoice.sweep=true)
[ -n "${SEED:-}" ] && opts+=(-Dvoice.seed="$SEED")
[ -n "${CHECK_WORDS:-}" ] && opts+=(-Dvoice.checkWords=true)
# the recognizer logs its model loading on stderr: keep only what matters
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "${opts[@]}" -cp "$cp" cn.suanpan.bench.voice.VoiceAccuracy \
    app/target/voice-model/model-en-us bench/target/voice "$count" 2>&1 | grep -v '^LOG (VoskAPI'
