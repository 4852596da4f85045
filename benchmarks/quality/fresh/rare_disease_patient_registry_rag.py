"""Rare-disease patient registry and research assistant: the first design, before any security review.

A UK rare-disease charity runs a patient registry. Patients and families sign up
on a web form and enter diagnoses, genetic results, symptoms and treatments, and
can see and correct what they entered. A nightly job copies the registry into a
research store with direct identifiers removed and replaced by pseudonyms. An
indexing pipeline chunks those records and open-access papers from a public
literature service, embeds them with a self-hosted open-weights embedding model
and writes them to a vector index. Researchers apply for access on the research
portal; data access committee members review applications there and approve them.
Approved researchers ask questions in natural language; the assistant retrieves
records and papers and a hosted LLM writes an answer citing both. Controls in this
design: TLS, password log-in (TOTP for researchers and committee), roles, encrypted
stores, pseudonymisation, query audit logs, and a zero-retention LLM contract.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Rare-disease registry research assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Approved researchers query pseudonymised registry records and papers via RAG.",
)

# ---------------------------------------------------------------- data assets
patient_entry = tg.Data(
    "Patient health entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Diagnosis, genetic variant, symptoms, treatments, date of birth, postcode.",
)
consent = tg.Data("Contact details and consent", kind="records", sensitivity=tg.Sensitivity.PII)
registry_records = tg.Data(
    "Identifiable registry records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pseudo_records = tg.Data(
    "Pseudonymised records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names and contacts removed, pseudonym per patient, year of birth, region.",
)
papers = tg.Data("Open-access papers", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunks = tg.Data(
    "Record and paper chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.REGULATED
)
vectors = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.REGULATED)
question = tg.Data("Research question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_vector = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rag_prompt = tg.Data(
    "Prompt with retrieved records and papers",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
answer = tg.Data(
    "Cited answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Answer text with pseudonymised record ids and paper references.",
)
application = tg.Data(
    "Access application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Researcher identity, institution, project protocol, ethics approval.",
)
approval = tg.Data("Access approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
entitlement = tg.Data("Researcher entitlement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
audit_log = tg.Data("Query audit log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients and family carers entering their own data.
    patient = tm.add(tg.Actor("Patient or family member", role="registry participant"))
    # University and hospital researchers; only committee-approved ones may query.
    researcher = tm.add(tg.Actor("Researcher", role="researcher"))
    # Clinicians and patient representatives on the data access committee.
    dac_member = tm.add(tg.Actor("Data access committee member", role="committee", privileged=True))
    # Europe PMC style open-access corpus, fetched by the indexing pipeline.
    literature = tm.add(
        tg.DataSource(
            "Public literature service",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={papers},
            description="Open-access papers on the conditions the registry covers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answers from the retrieved context.
    llm = tm.add(
        tg.LLM(
            "Hosted answer LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK data residency, zero retention agreed")},
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Public web form for registry participants.
    entry_form = tm.add(
        tg.Endpoint(
            "Registry web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="field types, ranges and coded value lists"),
            },
        )
    )

    with tm.boundary("Identifiable data enclave", trust=tg.Trust.RESTRICTED):
        # The registry itself: the only place patients are named.
        registry_db = tm.add(
            tg.DataStore(
                "Registry database",
                stores={registry_records, consent},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Nightly copy into the research store, identifiers replaced by keyed pseudonyms.
        pseudonymiser = tm.add(
            tg.Pipeline(
                "Nightly pseudonymisation job",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(
                        note="drops names, contacts; DOB to year, postcode to region"
                    ),
                    c.SecretsManagement(note="pseudonym key in the cloud secret manager"),
                },
            )
        )

    with tm.boundary("Research environment", trust=tg.Trust.INTERNAL):
        # What the research side may see: pseudonymised records only.
        research_store = tm.add(
            tg.DataStore(
                "Pseudonymised research store",
                stores={pseudo_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Chunks records and papers and writes them to the index.
        indexer = tm.add(tg.Pipeline("Indexing pipeline", stage=tg.Stage.INGESTION))
        # Open-weights sentence embedding model served on our own GPU instance.
        embedder = tm.add(
            tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
        )
        # Vector index over record and paper chunks.
        index = tm.add(
            tg.VectorStore(
                "Research vector index",
                stores={chunks, vectors},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # RAG orchestrator: retrieval, prompt assembly, LLM call, citations.
        assistant = tm.add(
            tg.Service(
                "Research assistant service",
                controls={
                    c.AuditLogging(retention_days=2555),
                    c.SecretsManagement(note="LLM API key in the cloud secret manager"),
                },
            )
        )
        # Web app for researchers (applications, questions) and the committee (approvals).
        portal = tm.add(
            tg.Endpoint(
                "Research portal",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={c.Authentication(method="e-mail and password with TOTP"), c.RBAC()},
            )
        )
        # Researcher accounts, applications and what each approved project may query.
        accounts = tm.add(
            tg.DataStore("Researcher access register", stores={application, approval, entitlement})
        )
        # Every question, retrieved chunk ids and answer, for committee oversight.
        audit_store = tm.add(tg.DataStore("Query audit store", stores={audit_log}))

# ---------------------------------------------------------------- flows
# patient data entry
tm.flow(patient, entry_form, patient_entry, consent, protocol="https")
tm.flow(entry_form, patient, patient_entry, protocol="https", label="own entries")
tm.flow(entry_form, registry_db, patient_entry, consent)
tm.flow(registry_db, entry_form, patient_entry)

# pseudonymisation and indexing
tm.flow(registry_db, pseudonymiser, registry_records)
tm.flow(pseudonymiser, research_store, pseudo_records)
tm.flow(research_store, indexer, pseudo_records)
tm.flow(literature, indexer, papers, protocol="https", label="weekly fetch")
tm.flow(indexer, embedder, chunks)
tm.flow(embedder, indexer, vectors)
tm.flow(indexer, index, chunks, vectors)

# researcher access
tm.flow(researcher, portal, application, protocol="https", label="applies for access")
tm.flow(portal, dac_member, application, protocol="https")
tm.flow(dac_member, portal, approval, protocol="https")
tm.flow(portal, accounts, application, approval, entitlement)
tm.flow(accounts, portal, application, entitlement)

# questions and answers
tm.flow(researcher, portal, question, protocol="https")
tm.flow(portal, researcher, answer, protocol="https")
tm.flow(portal, assistant, question)
tm.flow(assistant, portal, answer)
tm.flow(assistant, embedder, question)
tm.flow(embedder, assistant, query_vector)
tm.flow(assistant, index, query_vector, label="similarity search")
tm.flow(index, assistant, chunks)
tm.flow(assistant, llm, rag_prompt, protocol="https")
tm.flow(llm, assistant, answer, protocol="https")
tm.flow(assistant, audit_store, audit_log)
