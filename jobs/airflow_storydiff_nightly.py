"""Airflow DAG: storydiff every night over yesterday's date partition, on the cluster Airflow's
`spark_default` connection points at (standalone, YARN or Kubernetes).

Copy to the DAGs folder; put the built jar (target/storydiff-<version>.jar) where the Spark client can
read it and set STORYDIFF_JAR below. Rerunning a day (clear the task) replaces that day's output:
the run writes to a hidden staging directory and swaps it in only when it succeeded.

Stories that go on over several days keep their ids: each run passes the output of the last
successful run as --previous (an empty value, on the very first run, means none). The time window
is counted in days, so after a failed day the chain goes on from the day before it.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

STORYDIFF_JAR = "/opt/storydiff/storydiff-0.1.0-SNAPSHOT.jar"
OUTPUT = "hdfs:///storydiff"

# The output partition of the last successful run, or "" on the first run.
PREVIOUS = (
    "{% if prev_data_interval_start_success %}" + OUTPUT + "/date="
    "{{ prev_data_interval_start_success.strftime('%Y-%m-%d') }}{% endif %}"
)

with DAG(
    dag_id="storydiff_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 11, 1),
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
) as dag:
    SparkSubmitOperator(
        task_id="storydiff",
        conn_id="spark_default",
        application=STORYDIFF_JAR,
        java_class="org.storydiff.cli.StorydiffCommand",
        name="storydiff-{{ ds }}",
        executor_memory="8g",
        conf={"spark.sql.shuffle.partitions": "64"},
        # {{ ds }} is the run's logical date (YYYY-MM-DD): the day whose articles are compared.
        application_args=[
            "run",
            "--input", "hdfs:///news/date={{ ds }}",
            "--output", OUTPUT + "/date={{ ds }}",
            "--previous", PREVIOUS,
            "--overwrite",
        ],
    )
