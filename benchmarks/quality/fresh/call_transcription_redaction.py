"""Call transcription and redaction: the first design, before any security review.

The contact centre records every customer call on a hosted telephony platform.
An ingestion job pulls each finished recording and its metadata into an audio
bucket inside the cardholder data environment, where the unredacted audio is
kept for 30 days so that disputes can be checked against the original call.
A transcription workflow sends the audio to a self-hosted open-weights
speech-to-text model, then runs an in-house NER model over the transcript to
find card numbers, account numbers and personal details and replace them with
placeholders. Redacted transcripts go to the analytics lake, where quality
teams search and score calls, and to a summary service that asks a hosted LLM
for a call summary and writes it into the CRM. Stores are encrypted with KMS
keys and access is by role; the redaction model is evaluated before release,
and the LLM vendor passed vendor review. Model weights come from a public hub.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call transcription and redaction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Turns recorded customer calls into redacted, searchable transcripts and CRM summaries.",
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Call recordings",
    sensitivity="regulated",
    kind="media",
    description="Unredacted audio; callers read out card and account numbers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
call_metadata = tg.Data(
    "Call metadata",
    sensitivity="pii",
    kind="records",
    description="Caller number, customer id, agent id, queue, timestamps.",
)
raw_transcript = tg.Data(
    "Unredacted transcript",
    sensitivity="regulated",
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
entity_spans = tg.Data(
    "Detected sensitive entities",
    sensitivity="regulated",
    kind="model-output",
    description="Spans and types of card numbers, account numbers and personal details.",
)
redacted_transcript = tg.Data(
    "Redacted transcript",
    sensitivity="pii",
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
search_query = tg.Data("Transcript search", sensitivity="internal", kind="records")
summary_prompt = tg.Data("Summary prompt", sensitivity="pii", kind="prompt")
call_summary = tg.Data("Call summary", sensitivity="pii", kind="model-output")
dispute_request = tg.Data("Dispute lookup", sensitivity="pii", kind="records")
stt_weights = tg.Data("Speech-to-text weights", sensitivity="public", format="pickle")
ner_weights = tg.Data("Redaction NER weights", sensitivity="confidential", format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Hosted contact-centre platform that records the calls.
    telephony = tm.add(
        tg.DataSource(
            "Telephony platform",
            origin="vendor",
            provides={recordings, call_metadata},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights speech-to-text checkpoint was downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the call summary from the redacted transcript.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention tier")},
        )
    )

with tm.boundary("CRM SaaS", trust=tg.Trust.PARTNER):
    # Customer records that agents see; summaries are attached to the customer's case.
    crm = tm.add(tg.ExternalService("CRM"))

with tm.boundary("Contact centre cloud account", trust=tg.Trust.INTERNAL):
    with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
        # Pulls finished recordings and metadata from the telephony platform.
        ingestion = tm.add(tg.Pipeline("Recording ingestion", stage="ingestion"))
        # Unredacted audio, kept 30 days for disputes and then deleted by lifecycle rule.
        audio_store = tm.add(
            tg.DataStore(
                "Raw audio bucket",
                stores={recordings, call_metadata},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.DataMinimization(note="30-day lifecycle deletion"),
                },
            )
        )
        # Orchestrates transcription and redaction for each new recording.
        workflow = tm.add(
            tg.Pipeline(
                "Transcription and redaction workflow",
                stage="preprocessing",
                controls={
                    c.DataMinimization(note="NER-based redaction before anything leaves the CDE")
                },
            )
        )
        # Self-hosted open-weights speech-to-text model on GPU nodes.
        stt = tm.add(tg.Model("Speech-to-text model", task="generative", origin="open-weights"))
        # In-house fine-tuned NER model that finds what must be redacted.
        ner = tm.add(
            tg.Model(
                "Redaction NER model",
                task="detector",
                controls={
                    c.ModelValidation(note="recall on a labelled call set checked per release")
                },
            )
        )
        # Unredacted transcripts between the transcription and redaction steps.
        staging = tm.add(
            tg.DataStore(
                "Transcript staging store",
                stores={raw_transcript},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Searchable redacted transcripts used by the quality teams.
        lake = tm.add(
            tg.DataStore(
                "Analytics lake",
                stores={redacted_transcript, call_metadata},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Builds the summary prompt, calls the LLM and writes the result to the CRM.
        summarizer = tm.add(tg.Service("Call summary service"))
        # Bucket the inference nodes load model weights from.
        registry = tm.add(
            tg.ModelRegistry("Model artifact bucket", stores={stt_weights, ner_weights})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Searches and scores redacted calls for coaching and compliance.
    analyst = tm.add(tg.Actor("Quality analyst", role="quality team"))
    # Retrieves the original audio when a customer disputes what was said.
    disputes = tm.add(tg.Actor("Disputes handler", role="disputes team", privileged=True))

# ---------------------------------------------------------------- flows
# ingestion
tm.flow(telephony, ingestion, recordings, call_metadata, protocol="https")
tm.flow(ingestion, audio_store, recordings, call_metadata, protocol="https")

# transcription and redaction
tm.flow(audio_store, workflow, recordings, call_metadata, protocol="https")
tm.flow(workflow, stt, recordings, protocol="grpc")
tm.flow(stt, workflow, raw_transcript, protocol="grpc")
tm.flow(workflow, staging, raw_transcript, protocol="https")
tm.flow(staging, workflow, raw_transcript, protocol="https")
tm.flow(workflow, ner, raw_transcript, protocol="grpc")
tm.flow(ner, workflow, entity_spans, protocol="grpc")
tm.flow(workflow, lake, redacted_transcript, call_metadata, protocol="https")

# model weights
tm.flow(model_hub, registry, stt_weights, protocol="https", label="manual download")
tm.flow(registry, stt, stt_weights, protocol="https")
tm.flow(registry, ner, ner_weights, protocol="https")

# quality analytics
tm.flow(
    analyst,
    lake,
    search_query,
    protocol="https",
    controls={c.Authentication(method="corporate SSO")},
)
tm.flow(lake, analyst, redacted_transcript, call_metadata, protocol="https")

# summaries into the CRM
tm.flow(lake, summarizer, redacted_transcript, call_metadata)
tm.flow(summarizer, llm, summary_prompt, protocol="https")
tm.flow(llm, summarizer, call_summary, protocol="https")
tm.flow(
    summarizer,
    crm,
    call_summary,
    protocol="https",
    controls={c.Authentication(method="OAuth client credentials")},
)

# disputes
tm.flow(
    disputes,
    audio_store,
    dispute_request,
    protocol="https",
    controls={c.Authentication(method="corporate SSO")},
)
tm.flow(audio_store, disputes, recordings, protocol="https")
