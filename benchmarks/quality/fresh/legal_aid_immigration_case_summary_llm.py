"""Immigration case summariser for a legal aid charity: the first design.

Caseworkers at a charity that represents asylum seekers spend hours reading a
client's interview notes, documents (identity papers, medical and police reports,
letters) and country-of-origin reports before writing a case summary. This tool
drafts that summary. A caseworker opens a case in the internal web app and asks
for a summary; a summarisation service pulls the notes and documents from the
case management system, OCRs scanned documents, retrieves passages from an index
of public country reports, and sends the lot to an LLM hosted by a vendor under a
data processing agreement. Drafts are kept in a summary store and a supervising
solicitor signs each one off before it is relied on. Clients upload documents
through a single-use link. Staff sign in through the charity's Entra ID with MFA;
the case management system is role-based and encrypted at rest. Everything runs
in the charity's cloud tenant in the UK.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Immigration case summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of asylum case summaries for a legal aid charity's caseworkers.",
)

# ---------------------------------------------------------------- data assets
client_documents = tg.Data(
    "Client documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity papers, medical and police reports, letters and photos; "
    "special-category data (ethnicity, religion, politics, health, sexuality).",
)
interview_notes = tg.Data(
    "Interview notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Caseworkers' notes of the client's account of persecution.",
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
summary_request = tg.Data(
    "Summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference and the caseworker's focus questions.",
)
country_reports = tg.Data(
    "Country of origin reports", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
country_chunks = tg.Data(
    "Country report passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
llm_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the notes, the extracted document text and country passages.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
case_summary = tg.Data(
    "Draft case summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
sign_off = tg.Data("Solicitor sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Asylum clients (or their previous representatives) send documents in.
    client = tm.add(tg.Actor("Asylum client", role="client"))
    # Public country information: Home Office CPINs, UNHCR, NGO and press reports.
    coi_sources = tm.add(
        tg.DataSource(
            "Country information sources",
            origin=tg.Origin.PUBLIC_WEB,
            provides={country_reports},
            description="Public country-of-origin report sites, fetched weekly.",
        )
    )

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The charity's existing staff directory; the web app signs staff in against it.
    idp = tm.add(tg.ExternalService("Entra ID", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model; the vendor's DPA says prompts are not used
    # for training and are deleted after 30 days.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Writes the draft case summary from the notes, documents and reports.",
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # The people who ask for summaries and use them.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # Accountable for the advice; reviews each draft before it is used.
    solicitor = tm.add(tg.Actor("Supervising solicitor", role="solicitor"))

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Lets clients send documents without email: a link per request.
    upload_portal = tm.add(
        tg.Endpoint(
            "Client upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="single-use upload link sent by the caseworker")},
        )
    )
    # Where caseworkers ask for and read summaries, and solicitors sign them off.
    web_app = tm.add(
        tg.Endpoint(
            "Caseworker web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID single sign-on with MFA")},
        )
    )
    # Gathers the case file and country passages, builds the prompt, calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Builds one prompt per case from the case file and country passages.",
            controls={
                c.HumanInTheLoop(
                    approver="the supervising solicitor",
                    note="drafts are not used in submissions until signed off",
                )
            },
        )
    )
    # Turns scanned PDFs and photos into text the LLM can read.
    ocr = tm.add(tg.Service("Document text extraction", description="Open-source OCR library."))
    # Draft summaries and the prompts that produced them.
    summary_store = tm.add(tg.DataStore("Summary store", stores={case_summary, llm_prompt}))
    # Keeps the public reports current in the index.
    coi_ingest = tm.add(tg.Pipeline("Country report ingestion", stage=tg.Stage.INGESTION))
    # Embeddings of the public country reports, for retrieval.
    coi_index = tm.add(tg.VectorStore("Country report index", stores={country_chunks}))

    with tm.boundary("Client data", trust=tg.Trust.RESTRICTED):
        # The charity's system of record for every client's file.
        cms = tm.add(
            tg.DataStore(
                "Case management system",
                stores={client_documents, interview_notes, case_summary, sign_off},
                controls={
                    c.RBAC(note="caseworkers see their team's cases"),
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Client documents in
tm.flow(client, upload_portal, client_documents, protocol="https")
tm.flow(upload_portal, cms, client_documents)

# Staff sign-in
tm.flow(caseworker, idp, id_token, protocol="oidc", label="sign-in")
tm.flow(idp, web_app, id_token, protocol="oidc")

# Notes and requests
tm.flow(caseworker, web_app, interview_notes, summary_request, protocol="https")
tm.flow(web_app, cms, interview_notes)
tm.flow(web_app, summariser, summary_request)

# Building the summary
tm.flow(cms, summariser, interview_notes, client_documents, label="case file")
tm.flow(summariser, ocr, client_documents)
tm.flow(ocr, summariser, extracted_text)
tm.flow(summariser, coi_index, summary_request, label="similarity query")
tm.flow(coi_index, summariser, country_chunks)
tm.flow(summariser, llm, llm_prompt, protocol="https")
tm.flow(llm, summariser, llm_completion, protocol="https")
tm.flow(summariser, summary_store, case_summary, llm_prompt)

# Review and use
tm.flow(summary_store, web_app, case_summary)
tm.flow(web_app, caseworker, case_summary, protocol="https")
tm.flow(web_app, solicitor, case_summary, protocol="https")
tm.flow(solicitor, web_app, sign_off, protocol="https")
tm.flow(web_app, cms, sign_off, case_summary, label="signed-off summary filed")

# Country reports
tm.flow(coi_sources, coi_ingest, country_reports, protocol="https", label="weekly fetch")
tm.flow(coi_ingest, coi_index, country_chunks)
