"""Online exam question generator: the first design, before any security review.

An exam board uses a hosted LLM to draft multiple-choice questions. A subject expert
(most are freelance examiners working from home) asks for questions on a syllabus
topic in the authoring portal; a generation service retrieves matching syllabus
sections and past-paper questions from an index, prompts the vendor's LLM and stores
the parsed drafts. Experts edit and approve drafts into the item bank, which holds
unreleased live-exam items. Approved exam forms are published to the partner that
delivers the online exams; after each sitting the partner returns candidates'
responses over SFTP, which are pseudonymised and used by an in-house IRT difficulty
model to calibrate each item, with a psychometrician signing off the parameters.
Controls in this design: SSO with MFA and roles on the portal, expert approval before
anything enters the bank, an encrypted and audited item bank, pseudonymised response
data, and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online exam question generator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted multiple-choice items, expert-approved into an item bank "
    "and calibrated from candidates' responses.",
)

# ---------------------------------------------------------------- data assets
source_docs = tg.Data(
    "Syllabus and past papers",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Published syllabuses, past papers, mark schemes and examiner reports.",
)
source_chunks = tg.Data(
    "Syllabus and past-paper chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
generation_request = tg.Data(
    "Generation request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Topic, syllabus reference, target level and number of questions.",
)
llm_prompt = tg.Data(
    "Item-writing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Item-writing instructions, the request and retrieved chunks.",
)
llm_completion = tg.Data(
    "Generated questions", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_items = tg.Data(
    "Draft items",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stem, key, distractors and syllabus tag, awaiting expert review.",
)
approved_items = tg.Data(
    "Approved live items",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unreleased questions that will appear in future exams.",
)
exam_forms = tg.Data(
    "Exam forms",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
responses = tg.Data(
    "Candidate responses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate number, centre, chosen option per item and timings.",
)
response_set = tg.Data(
    "Pseudonymised response matrix",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
item_params = tg.Data(
    "Item difficulty parameters",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signoff = tg.Data("Calibration sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance subject experts write and review items from their own machines.
    expert = tm.add(tg.Actor("Subject expert", role="item writer and reviewer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The drafting model: a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted item-writing LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="contract: no training on our prompts")},
        )
    )

with tm.boundary("Test delivery partner", trust=tg.Trust.PARTNER):
    # Runs the online exams for candidates; receives exam forms, returns responses.
    delivery = tm.add(
        tg.ExternalService(
            "Test delivery platform",
            description="Online exam delivery vendor used at test centres and remotely.",
        )
    )

with tm.boundary("Exam board cloud", trust=tg.Trust.INTERNAL):
    # Where experts request, edit and approve questions.
    portal = tm.add(
        tg.Endpoint(
            "Authoring portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SSO with MFA"),
                c.RBAC(note="writer, reviewer and admin roles per subject"),
                c.HumanInTheLoop(approver="a second subject expert"),
            },
        )
    )
    # Retrieves source material, builds the prompt, parses the completion into items.
    generator = tm.add(
        tg.Service(
            "Question generation service",
            description="Prompts the LLM and parses JSON questions into draft items.",
        )
    )
    # Source material the questions are grounded in.
    source_store = tm.add(tg.DataStore("Source document store", stores={source_docs}))
    # Chunks and embeds syllabus and past papers when they change.
    indexer = tm.add(tg.Pipeline("Source indexing pipeline", stage=tg.Stage.INGESTION))
    # Retrieval index over syllabus sections and past questions.
    index = tm.add(tg.VectorStore("Syllabus and past-paper index", stores={source_chunks}))
    # Generated questions waiting for review.
    drafts = tm.add(tg.DataStore("Draft item store", stores={draft_items}))

    with tm.boundary("Secure assessment zone", trust=tg.Trust.RESTRICTED):
        # The item bank: approved, unreleased live-exam questions and their parameters.
        bank = tm.add(
            tg.DataStore(
                "Item bank",
                stores={approved_items, item_params},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Assembles approved items into exam forms and sends them to the delivery partner.
        publisher = tm.add(tg.Service("Exam form publisher"))
        # Loads responses after each sitting and replaces candidate numbers with pseudonyms.
        ingestion = tm.add(
            tg.Pipeline(
                "Response ingestion pipeline",
                stage=tg.Stage.INGESTION,
                controls={c.DataMinimization(note="candidate numbers pseudonymised")},
            )
        )
        # Response matrices used to fit item parameters.
        response_store = tm.add(tg.Dataset("Response dataset", stores={response_set}))
        # IRT model that estimates each item's difficulty and discrimination.
        difficulty = tm.add(
            tg.Model(
                "Difficulty calibration model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Two-parameter IRT model refitted after every sitting.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews calibration results before parameters are used to build exam forms.
    psychometrician = tm.add(tg.Actor("Psychometrician", role="assessment researcher"))

# ---------------------------------------------------------------- flows
# generation
tm.flow(expert, portal, generation_request, protocol="https")
tm.flow(portal, generator, generation_request)
tm.flow(generator, index, generation_request, label="similarity query")
tm.flow(index, generator, source_chunks, label="retrieved context")
tm.flow(generator, llm, llm_prompt, protocol="https")
tm.flow(llm, generator, llm_completion, protocol="https")
tm.flow(generator, drafts, draft_items)

# indexing
tm.flow(source_store, indexer, source_docs)
tm.flow(indexer, index, source_chunks)

# review and approval
tm.flow(drafts, portal, draft_items, label="review queue")
tm.flow(portal, expert, draft_items, protocol="https")
tm.flow(expert, portal, approved_items, protocol="https", label="edits and approval")
tm.flow(portal, bank, approved_items, label="approved items")

# exam delivery
tm.flow(bank, publisher, approved_items, item_params)
tm.flow(publisher, delivery, exam_forms, protocol="sftp")
tm.flow(delivery, ingestion, responses, protocol="sftp", label="after each sitting")

# calibration
tm.flow(ingestion, response_store, response_set)
tm.flow(response_store, difficulty, response_set)
tm.flow(difficulty, psychometrician, item_params, label="calibration report")
tm.flow(psychometrician, difficulty, signoff, label="accepts parameters")
tm.flow(difficulty, bank, item_params)
