# Sourced by ./vistka and scripts/bench-http.sh: the Java options that keep what Vistka loads at start ready for
# the next start. On JDK 25 and newer, an ahead-of-time cache (the classes loaded and linked, with the profiles of
# their methods) that a run writes as it stops, and that the runs after it start from until the next build: start-up
# in about half the time. On older JDKs, a class-data archive of the same kind.
startup_cache_options() {  # the JDK's feature version
  if [ "$1" -ge 25 ]; then
    if [ -f target/vistka.aot ] && [ target/vistka.aot -nt target/vistka.jar ]; then
      echo "-XX:AOTCache=target/vistka.aot -Xlog:aot=off -Xlog:cds=off"
    else
      echo "-XX:AOTCacheOutput=target/vistka.aot -Xlog:aot=off -Xlog:cds=off"
    fi
  else
    echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=target/vistka.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}
