"""Genealogy website with DNA matching and LLM family histories: the first design.

Customers in the US and Europe sign up on the website, build family trees and
upload the raw DNA file they downloaded from a testing company. An upload parser
checks the file format and stores the genotypes, encrypted, in a restricted data
tier; explicit consent to genetic processing is taken at upload. A nightly
matching job compares each new kit against every opted-in kit with an in-house
relationship model and writes matches (shared centimorgans and a predicted
relationship). Each customer chooses whether matching is on and who can see them
in match lists, and the web app applies those settings. A narrative service takes
a customer's tree and the historical records linked to it (census, parish and
civil registers licensed from an archive partner), prompts a hosted LLM, and saves
the family history narrative back to the tree. Support staff use a console with
role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Genealogy website: DNA matching and family history LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Consumer genealogy site: raw DNA upload, relative matching and "
    "LLM-written family histories from trees and historical records.",
)

# ---------------------------------------------------------------- data assets
dna_file = tg.Data(
    "Raw DNA file",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Text export of ~700k SNP genotype calls from a testing company.",
)
genotypes = tg.Data(
    "Customer genotypes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tree = tg.Data(
    "Family tree",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="People, dates, places and relationships, including living relatives.",
)
settings = tg.Data(
    "Match visibility settings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
matches = tg.Data(
    "DNA relative matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pairs of kits with shared cM, segment count and predicted relationship.",
)
match_list = tg.Data("Match list page", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
history_request = tg.Data("Family history request", kind="prompt", sensitivity=tg.Sensitivity.PII)
records = tg.Data(
    "Historical records",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Transcribed census, parish and civil registration entries, licensed.",
)
prompt = tg.Data(
    "Narrative prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the selected branch of the tree and the linked record transcripts.",
)
completion = tg.Data("LLM narrative draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
narrative = tg.Data("Family history narrative", kind="model-output", sensitivity=tg.Sensitivity.PII)
account = tg.Data("Customer account records", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers who upload DNA, build trees and read matches and narratives.
    customer = tm.add(tg.Actor("Customer", role="subscriber"))

with tm.boundary("Archive partner", trust=tg.Trust.PARTNER):
    # Licensed record collections delivered in monthly batches.
    archive_feed = tm.add(
        tg.DataSource("Archive records feed", origin=tg.Origin.PARTNER, provides={records})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the narratives; contract has zero data retention.
    llm = tm.add(
        tg.LLM(
            "Hosted narrative LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="vendor review, zero-retention terms, no training on our data"
                )
            },
        )
    )

with tm.boundary("Web platform", trust=tg.Trust.INTERNAL):
    # The public website and its API: sign-in, trees, uploads, match lists, narratives.
    web = tm.add(
        tg.Endpoint(
            "Genealogy web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password; optional 2-step verification"),
                c.RateLimiting(requests_per_minute=120),
                c.PolicyEnforcement(
                    rules="match lists show only kits with matching turned on whose "
                    "visibility settings allow the viewer"
                ),
            },
        )
    )
    # Reads the uploaded DNA export and normalises it to one genotype format.
    parser = tm.add(
        tg.Service(
            "DNA upload parser",
            controls={
                c.InputValidation(note="known vendor formats only, size limit, SNP count check"),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a), taken at upload"),
            },
        )
    )
    # Builds the prompt from the tree and linked records and stores the narrative.
    narrator = tm.add(
        tg.Service(
            "Family history narrative service",
            description="Picks a branch of the tree, gathers its linked records and asks the LLM for a narrative.",
        )
    )
    # Internal tool where support staff look up accounts, trees and upload status.
    console = tm.add(
        tg.Service("Support console", controls={c.RBAC(), c.AuditLogging(retention_days=365)})
    )
    # Customer support agents answering tickets.
    support = tm.add(tg.Actor("Support agent", role="customer support"))

with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
    # Genotypes of every uploaded kit: the most sensitive store.
    genotype_store = tm.add(
        tg.DataStore(
            "Genotype store",
            stores={genotypes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Trees, accounts and the visibility settings customers choose.
    tree_db = tm.add(
        tg.DataStore(
            "Tree and account database",
            stores={tree, settings, narrative, account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pairwise matches found by the nightly job.
    match_store = tm.add(tg.DataStore("Match store", stores={matches}))
    # Search index of the licensed historical records.
    records_index = tm.add(tg.DataStore("Historical records index", stores={records}))

with tm.boundary("Matching platform", trust=tg.Trust.INTERNAL):
    # Compares new kits against all opted-in kits every night.
    match_job = tm.add(tg.Service("Nightly relative matching job"))
    # In-house model that predicts the relationship from shared segments.
    match_model = tm.add(
        tg.Model(
            "Relationship prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Predicts relationship degree from shared cM and segment counts.",
        )
    )
    # Loads and transcribes the archive partner's monthly batches into the index.
    ingest = tm.add(tg.Pipeline("Records ingestion pipeline", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
tm.flow(customer, web, dna_file, tree, settings, history_request, protocol="https")
tm.flow(web, customer, tree, match_list, narrative, protocol="https")

tm.flow(web, parser, dna_file)
tm.flow(parser, genotype_store, genotypes)
tm.flow(web, tree_db, tree, settings)
tm.flow(tree_db, web, tree, settings, narrative)

tm.flow(genotype_store, match_job, genotypes, label="nightly batch")
tm.flow(tree_db, match_job, settings, label="nightly batch")
tm.flow(match_job, match_model, genotypes)
tm.flow(match_model, match_job, matches)
tm.flow(match_job, match_store, matches)
tm.flow(match_store, web, matches)

tm.flow(web, narrator, history_request)
tm.flow(tree_db, narrator, tree)
tm.flow(records_index, narrator, records)
tm.flow(narrator, llm, prompt, protocol="https")
tm.flow(llm, narrator, completion, protocol="https")
tm.flow(narrator, tree_db, narrative)
tm.flow(narrator, web, narrative)

tm.flow(archive_feed, ingest, records, protocol="sftp", label="monthly batch")
tm.flow(ingest, records_index, records)

tm.flow(support, console, account, protocol="https", label="account lookup")
tm.flow(tree_db, console, account, tree)
tm.flow(console, support, account, tree, protocol="https")
