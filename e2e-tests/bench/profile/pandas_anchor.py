"""The anchor for the profiling benchmark: pandas reads the same CSV, then describe() and corr().

Prints wall seconds, rows/s and peak RSS (ru_maxrss) in the same format as ProfileBench.
"""
import resource
import sys
import time

import pandas as pd

t0 = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
t1 = time.perf_counter()
frame.describe(include="all")
frame.select_dtypes("number").corr()
t2 = time.perf_counter()
rows = len(frame)
print(f"rows={rows} read_s={t1 - t0:.2f} describe_corr_s={t2 - t1:.2f} total_s={t2 - t0:.2f} "
      f"rows_per_s={rows / (t2 - t0):.0f} peak_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}")
