"""Benefits letter explainer: the first design, before any security review.

A UK advice charity's web tool: members of the public upload a PDF or phone photo
of a letter from DWP, HMRC or their council (Universal Credit, PIP, council tax)
and get a plain-language explanation of what it says, its deadlines and their
options. In the charity's cloud tenancy an orchestrator sends the images to a
cloud OCR API, retrieves passages from an index of GOV.UK guidance, and asks a
hosted LLM for the explanation and, where one is needed, a draft reply. The
explanation is shown to the person straight away; draft replies wait in a queue
until a trained adviser checks and edits them, and approved replies are filed in
the charity's case management system. The public sign in with an e-mail magic
link, advisers with Microsoft 365 and MFA. Uploads are type- and size-checked and
rate limited, the case store is encrypted, and the LLM vendor was reviewed and
contracted for zero data retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Benefits letter explainer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plain-language explanations of benefit and council letters, "
    "with adviser-checked draft replies, for a UK advice charity.",
)

# ---------------------------------------------------------------- data assets
letter = tg.Data(
    "Uploaded letter images",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Photos and PDFs of benefit and council letters: name, address, National "
    "Insurance number, award amounts, and often health conditions and disabilities (PIP).",
)
situation = tg.Data(
    "Client's question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the person wants to know, in their own words, about their situation.",
)
letter_text = tg.Data(
    "Extracted letter text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR text of the letter.",
)
guidance = tg.Data(
    "Public benefits guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="GOV.UK benefit and council tax pages.",
)
guidance_chunks = tg.Data(
    "Guidance passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Chunks of GOV.UK pages and the charity's own advice guides, with embeddings.",
)
search_query = tg.Data("Guidance search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Explainer prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the letter text, the client's question and guidance passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
explanation = tg.Data(
    "Plain-language explanation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
draft_reply = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
case_record = tg.Data(
    "Case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Letter, extracted text, question, explanation, draft reply and contact e-mail.",
)
approved_reply = tg.Data(
    "Adviser-approved reply",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who has had a letter: often stressed, on a phone, sometimes helped by family.
    client = tm.add(tg.Actor("Member of the public", role="client"))
    # GOV.UK guidance is the authority the explanations should follow.
    govuk = tm.add(
        tg.DataSource(
            "GOV.UK guidance pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="Benefit, council tax and appeals pages, crawled weekly.",
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public front door: upload a letter, ask a question, read the explanation.
    upload_app = tm.add(
        tg.Endpoint(
            "Letter upload web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="JPEG, PNG or PDF only, 10 MB and 5 pages at most"),
            },
        )
    )
    # Runs each request: OCR, guidance retrieval, prompt assembly, LLM call, filing.
    orchestrator = tm.add(
        tg.Service(
            "Explainer orchestrator",
            description="Builds the prompt from the letter text, the question and guidance "
            "passages; asks the LLM for an explanation and, where a reply is needed, a draft.",
        )
    )
    # Keeps explanations tied to current rules rather than the model's memory.
    guidance_index = tm.add(tg.VectorStore("Guidance vector index", stores={guidance_chunks}))
    # Refreshes the index from GOV.UK and the charity's advice guides.
    indexer = tm.add(
        tg.Pipeline(
            "Guidance indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Weekly: crawls GOV.UK and the charity's advice guides, chunks and embeds them.",
        )
    )
    # Everything about one request, so that advisers can pick the case up.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={case_record, letter, draft_reply},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where advisers check, edit and approve the drafted replies.
    console = tm.add(
        tg.Endpoint(
            "Adviser review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="a trained adviser checks every draft reply"),
            },
        )
    )

with tm.boundary("Charity offices and home working", trust=tg.Trust.INTERNAL):
    # Trained advisers, staff and volunteers, who own the advice given.
    adviser = tm.add(tg.Actor("Adviser", role="adviser"))

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Turns photos of letters (skewed, creased, poorly lit) into text.
    ocr = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            provides=tg.ExternalCategory.GENERIC,
            description="A cloud document-text-extraction service.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the explanation and the draft reply.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="zero data retention terms, UK/EU processing")},
        )
    )

with tm.boundary("Case management SaaS", trust=tg.Trust.PARTNER):
    # The charity's existing casework system, where advice given is recorded.
    cms = tm.add(
        tg.ExternalService(
            "Case management system",
            provides=tg.ExternalCategory.GENERIC,
            description="The charity's hosted casework and client record system.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(client, upload_app, letter, situation, protocol="https")
tm.flow(upload_app, client, explanation, protocol="https")
tm.flow(upload_app, orchestrator, letter, situation)
tm.flow(orchestrator, upload_app, explanation)

tm.flow(orchestrator, ocr, letter, protocol="https")
tm.flow(ocr, orchestrator, letter_text, protocol="https")
tm.flow(orchestrator, guidance_index, search_query, label="similarity query")
tm.flow(guidance_index, orchestrator, guidance_chunks, label="retrieved guidance")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, case_store, case_record, letter, draft_reply)

tm.flow(case_store, console, case_record, draft_reply, label="draft reply queue")
tm.flow(console, adviser, case_record, draft_reply, protocol="https")
tm.flow(adviser, console, approved_reply, protocol="https", label="edits and approves")
tm.flow(console, case_store, approved_reply)
tm.flow(console, cms, approved_reply, protocol="https")

tm.flow(govuk, indexer, guidance, protocol="https", label="weekly crawl")
tm.flow(indexer, guidance_index, guidance_chunks)
