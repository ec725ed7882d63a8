"""LightGBM and scikit-learn's HistGradientBoosting on the CSV GbmBench wrote: same split (first
80 % train), same budget (100 rounds / iterations, depth 6, learning rate 0.1, 2 threads)."""
import sys
import time

import lightgbm as lgb
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

data = pd.read_csv(sys.argv[1], dtype="float32")
train = len(data) * 8 // 10
x, y = data.drop(columns="label"), data["label"].astype(int)
x_train, y_train, x_test, y_test = x[:train], y[:train], x[train:], y[train:]

start = time.perf_counter()
model = lgb.LGBMClassifier(n_estimators=100, max_depth=6, num_leaves=63, learning_rate=0.1, n_jobs=2, verbose=-1)
model.fit(x_train, y_train)
seconds = time.perf_counter() - start
print(f"lightgbm {lgb.__version__}: train {seconds:.1f} s, test AUC {roc_auc_score(y_test, model.predict_proba(x_test)[:, 1]):.4f}")

start = time.perf_counter()
hgb = HistGradientBoostingClassifier(max_iter=100, max_depth=6, learning_rate=0.1, early_stopping=False)
hgb.fit(x_train, y_train)
seconds = time.perf_counter() - start
import sklearn
print(f"sklearn {sklearn.__version__} HistGradientBoosting: train {seconds:.1f} s, "
      f"test AUC {roc_auc_score(y_test, hgb.predict_proba(x_test)[:, 1]):.4f}")
