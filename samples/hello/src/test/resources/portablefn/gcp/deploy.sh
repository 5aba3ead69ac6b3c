#!/bin/sh
# Written by portablefn-maven-plugin: deploys every function of this project to Cloud Functions
# (2nd gen). Extra arguments go to every gcloud functions deploy command, e.g.
#   ./deploy.sh --region=europe-west1 --project=my-project
# The Pub/Sub, Eventarc and Cloud Scheduler commands take --project and --region from them.
set -eu
cd "$(dirname "$0")"

gcloud functions deploy \
  files \
  --gen2 \
  --runtime=java17 \
  --entry-point=io.portablefn.samples.hello.FileTree_GcpFunction \
  --source=function \
  --trigger-http \
  --no-allow-unauthenticated \
  --memory=512Mi \
  --timeout=60s \
  "$@"

gcloud functions deploy \
  greet \
  --gen2 \
  --runtime=java17 \
  --entry-point=io.portablefn.samples.hello.Greet_GcpFunction \
  --source=function \
  --trigger-http \
  --no-allow-unauthenticated \
  --memory=512Mi \
  --timeout=60s \
  "$@"

gcloud functions deploy \
  hello \
  --gen2 \
  --runtime=java17 \
  --entry-point=io.portablefn.samples.hello.Hello_GcpFunction \
  --source=function \
  --trigger-http \
  --no-allow-unauthenticated \
  --memory=256Mi \
  --timeout=10s \
  "$@"
