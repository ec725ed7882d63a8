"""Drives Charter's MLflow-compatible tracking API with MLflow's official Python client.

Environment: MLFLOW_TRACKING_URI (the Charter server), MLFLOW_TRACKING_TOKEN (a bearer token),
CHARTER_EXPERIMENT (a fresh experiment name). Prints one JSON line: the ids it created and what
search_runs found, for the Java test to check against Charter's own API.
"""
import json
import os

import mlflow
from mlflow.tracking import MlflowClient

experiment_name = os.environ["CHARTER_EXPERIMENT"]
mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])
experiment_id = mlflow.create_experiment(experiment_name, tags={"team": "risk"})
mlflow.set_experiment(experiment_name)

run_ids = []
for i, lr in enumerate([0.01, 0.1]):
    with mlflow.start_run(run_name=f"python-{i}") as run:
        run_ids.append(run.info.run_id)
        mlflow.log_param("learning_rate", lr)
        mlflow.set_tag("framework", "python-client")
        for step in range(5):
            mlflow.log_metric("loss", 1.0 / (step + 1 + i * 10 * lr), step=step)
        mlflow.log_metrics({"auc": 0.7 + i * 0.1, "f1": 0.6 + i * 0.05})

found = mlflow.search_runs(experiment_ids=[experiment_id], filter_string="metrics.auc > 0.75",
                           output_format="list")
client = MlflowClient()
history = client.get_metric_history(run_ids[0], "loss")
print(json.dumps({
    "experiment_id": experiment_id,
    "run_ids": run_ids,
    "found": [r.info.run_id for r in found],
    "history_steps": [m.step for m in history],
    "status": client.get_run(run_ids[0]).info.status,
}))
