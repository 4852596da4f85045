"""LLM red-team platform: the first design, before any security review.

Our internal red-team platform lets the security team and contracted external
testers attack pre-release models with jailbreak and prompt-injection campaigns.
Staff use it from the corporate network; contractors reach the same web console
over the internet, signing in with accounts in our SSO. A campaign combines the
tester's own prompts with templates from a shared attack library (seeded from
public jailbreak collections) and an orchestrator sends every variant to the
target model, which is served in a restricted enclave from the model registry.
Prompts and responses are stored; a scoring job asks an in-house judge model
whether each attack succeeded. A nightly export copies every attack the judge
scored as successful, with a refusal target, into the safety-training dataset.
Controls: SSO with MFA and quotas on the console, an isolated serving enclave,
encrypted transcripts, a pinned judge and a versioned, lineage-tagged dataset.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "LLM red-team platform",
    profile=tg.RiskProfile.HIGH,
    description="Jailbreak and prompt-injection campaigns against pre-release models, "
    "judged automatically and exported into safety training.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("SSO credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session = tg.Data("Console session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
campaign = tg.Data(
    "Campaign definition",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target model version, templates, mutation settings, number of variants.",
)
attack_prompt = tg.Data(
    "Attack prompts",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Jailbreaks and injected documents written by testers or expanded from templates.",
)
templates = tg.Data("Attack templates", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
public_jailbreaks = tg.Data(
    "Public jailbreak collections", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
response = tg.Data(
    "Target model responses",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="May contain harmful content the model should have refused.",
)
transcripts = tg.Data(
    "Attack transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
results = tg.Data("Campaign results", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
judge_prompt = tg.Data(
    "Judge prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Scoring rubric plus the attack prompt and the target's response.",
)
verdict = tg.Data("Judge verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data(
    "Attack success scores",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
safety_examples = tg.Data(
    "Safety training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Pre-release model weights",
    sensitivity=tg.Sensitivity.SECRET,
    format="safetensors",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Jailbreak prompts collected from papers, forums and public repos.
    public_corpora = tm.add(
        tg.DataSource(
            "Public jailbreak corpora",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_jailbreaks},
        )
    )

with tm.boundary("Contractor workstations", trust=tg.Trust.PARTNER):
    # Contracted testing firms under NDA, working from their own machines.
    contractor = tm.add(tg.Actor("External tester", role="contracted red-teamer"))

with tm.boundary("Identity vendor", trust=tg.Trust.PARTNER):
    # Corporate SSO; contractors get guest accounts in the same tenant.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Our own security team, who also design campaigns and curate templates.
    staff = tm.add(tg.Actor("Internal red-teamer", role="security staff"))

with tm.boundary("Red-team platform VPC", trust=tg.Trust.INTERNAL):
    # Web console and API: campaign setup, manual probing, results browsing.
    console = tm.add(
        tg.Endpoint(
            "Red-team console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC SSO with MFA"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Expands templates into variants and drives them against the target model.
    orchestrator = tm.add(tg.Service("Campaign orchestrator"))
    # Shared library of attack templates, imported and contributed by testers.
    template_library = tm.add(tg.DataStore("Attack template library", stores={templates}))
    # Every prompt/response pair, with campaign, tester and judge score.
    attack_store = tm.add(
        tg.DataStore(
            "Attack transcript store",
            stores={transcripts, scores},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Batch job that sends each new transcript to the judge and records the score.
    scoring_job = tm.add(tg.Pipeline("Scoring job", stage=tg.Stage.EVALUATION))
    # Fine-tuned in-house grader that decides whether an attack succeeded.
    judge = tm.add(
        tg.LLM(
            "Judge model",
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.ModelVersioning(note="judge pinned to a released version")},
        )
    )
    # Nightly job turning successful attacks into refusal training examples.
    export_job = tm.add(
        tg.Pipeline(
            "Safety data export",
            stage=tg.Stage.PREPROCESSING,
            description="Takes every transcript the judge scored above the success threshold.",
            controls={
                c.ProvenanceTracking(note="campaign, tester and judge score kept per example")
            },
        )
    )

with tm.boundary("Pre-release model enclave", trust=tg.Trust.RESTRICTED):
    # The unreleased model under test, served only to the orchestrator.
    target = tm.add(
        tg.LLM(
            "Pre-release model",
            origin=tg.ModelOrigin.IN_HOUSE,
            maturity=tg.Maturity.EXPERIMENTAL,
            controls={c.InferenceIsolation(), c.LimitRelease()},
        )
    )
    # Holds the candidate checkpoints the enclave serves.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Safety training enclave", trust=tg.Trust.RESTRICTED):
    # Refusal and robustness data mixed into the next safety fine-tuning run.
    safety_dataset = tm.add(
        tg.Dataset(
            "Safety-training dataset",
            stores={safety_examples},
            controls={c.DataVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(staff, idp, login, protocol="https")
tm.flow(contractor, idp, login, protocol="https")
tm.flow(idp, console, session, protocol="https")

tm.flow(staff, console, campaign, attack_prompt, protocol="https")
tm.flow(console, staff, results, protocol="https")
tm.flow(contractor, console, campaign, attack_prompt, protocol="https")
tm.flow(console, contractor, results, protocol="https")

tm.flow(console, orchestrator, campaign, attack_prompt)
tm.flow(orchestrator, console, results)
tm.flow(console, template_library, templates, label="tester-contributed templates")
tm.flow(
    public_corpora, template_library, public_jailbreaks, protocol="https", label="import script"
)
tm.flow(template_library, orchestrator, templates)

tm.flow(registry, target, weights, label="load checkpoint")
tm.flow(orchestrator, target, attack_prompt, protocol="grpc")
tm.flow(target, orchestrator, response, protocol="grpc")
tm.flow(orchestrator, attack_store, transcripts)
tm.flow(attack_store, orchestrator, transcripts, scores, label="results view")

tm.flow(attack_store, scoring_job, transcripts)
tm.flow(scoring_job, judge, judge_prompt, protocol="grpc")
tm.flow(judge, scoring_job, verdict, protocol="grpc")
tm.flow(scoring_job, attack_store, scores)

tm.flow(attack_store, export_job, transcripts, scores)
tm.flow(export_job, safety_dataset, safety_examples)
