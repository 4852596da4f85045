"""AML.CS0030 LLM Jacking.

The victim: an organisation running a public-facing Laravel web application on its own
systems, which holds credentials to the organisation's cloud environment, where hosted
LLM services (Amazon Bedrock) are enabled.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Cloud access credentials": kind=CREDENTIALS ("found unsecured credentials to
  cloud environments").
- Data "Model invocation": kind=PROMPT ("legitimate `invokeModel` queries"; "when
  executing prompts").
- Data "Model completion": kind=MODEL_OUTPUT (what the invoked LLM returns; "cloud-
  hosted large language models").
- Data "CloudTrail logs": kind=LOGS ("Amazon CloudTrail logs from the Amazon Bedrock
  service").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0030"
NAME = "LLM Jacking"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Pay-per-use cloud LLMs: "could be up to $46,000 a day" of the victim's money.
        profile=tg.RiskProfile.HIGH,
        description="Public web application and the cloud account with hosted LLM services.",
    )
    request = tg.Data("Web request", sensitivity=tg.Sensitivity.PUBLIC)
    creds = tg.Data(
        "Cloud access credentials", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    api_call = tg.Data("Signed cloud API call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    prompt = tg.Data(
        "Model invocation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    completion = tg.Data(
        "Model completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    logs = tg.Data(
        "CloudTrail logs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.LOGS
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "Exploit Public-Facing Application": anyone on the internet reaches the app.
        visitor = tm.add(tg.Actor("Website visitor", role="public user"))

    with tm.boundary("Victim systems", trust=tg.Trust.INTERNAL):
        # "exploited a vulnerable version of Laravel (CVE-2021-3129) to gain initial
        # access to the victims' systems"
        # DSL gap: that the application runs a third-party framework in a version with a
        # known remote-code-execution vulnerability cannot be expressed; modelled as a
        # plain public API endpoint.
        app = tm.add(
            tg.Endpoint(
                "Laravel web application",
                purpose=tg.EndpointPurpose.API,
                description="Public-facing web application built on Laravel.",
            )
        )
        # "found unsecured credentials to cloud environments on the victims' systems"
        # DSL gap: a long-lived credential kept in a file on the application host cannot
        # be expressed; modelled as a data store on the host that holds the secret.
        env = tm.add(tg.DataStore("Application host configuration", stores={creds}))
        # The people who enable and use the LLM services in the cloud account.
        admin = tm.add(tg.Actor("Cloud administrator", role="cloud admin", privileged=True))

    with tm.boundary("Cloud provider (AWS)", trust=tg.Trust.PARTNER):
        # "access to cloud environments where large language model (LLM) services were
        # hosted"; an invocation without rights "would raise an AccessDenied error"
        cloud_api = tm.add(
            tg.ExternalService(
                "AWS cloud APIs",
                description="The cloud environment's API, authorised by IAM credentials.",
                controls={
                    c.Authentication(method="IAM access keys"),
                    c.RBAC(note="IAM permissions: AccessDenied without invoke rights"),
                    # "Amazon CloudTrail logs from the Amazon Bedrock service"
                    c.AuditLogging(note="CloudTrail API logs"),
                },
            )
        )
        # "cloud-hosted large language models", "Amazon Bedrock service", "Claude 2.x"
        bedrock = tm.add(
            tg.LLM(
                "Amazon Bedrock models",
                origin=tg.ModelOrigin.THIRD_PARTY_API,
                description="Claude and other models enabled in the account, paid per use.",
            )
        )
        # "looked at Amazon CloudTrail logs from the Amazon Bedrock service"
        trail = tm.add(tg.DataStore("CloudTrail logs", stores={logs}))

    tm.flow(visitor, app, request, protocol="https")
    tm.flow(env, app, creds, label="reads credentials")
    # The credentials on the application host are for the cloud environment: the
    # application uses them to call the cloud's API.
    tm.flow(app, cloud_api, api_call, protocol="https")
    tm.flow(admin, cloud_api, api_call, prompt, protocol="https")
    tm.flow(cloud_api, bedrock, prompt, label="InvokeModel")
    tm.flow(bedrock, cloud_api, completion)
    tm.flow(cloud_api, admin, completion, protocol="https")
    tm.flow(cloud_api, trail, logs)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "exploited a vulnerable version of Laravel ... to gain initial access"
    1: ("laravel-web-application", "website-visitor->laravel-web-application"),
    # "found unsecured credentials to cloud environments on the victims' systems"
    2: (
        "application-host-configuration",
        "application-host-configuration->laravel-web-application",
    ),
    # "The compromised credentials gave the adversaries access to cloud environments"
    3: ("aws-cloud-apis", "amazon-bedrock-models"),
}
