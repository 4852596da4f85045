"""Special-collections handwriting search: the first design.

The university library has digitised thousands of manuscripts (medieval charters
to 20th-century letters and diaries) whose page images sit on our IIIF image
server. A handwriting-recognition (HTR) model, an open-weights base model
fine-tuned on the research computing cluster with pages our archivists have
corrected, transcribes every page. Transcriptions go to a transcript database
and are chunked and embedded into a vector index. Researchers sign in through
the university SSO and can search the transcriptions and ask questions; a Q&A
service retrieves passages and has a hosted LLM answer with citations to pages.
Some modern collections are closed or restricted because they name living
people; retrieval filters on each collection's access flag for the signed-in
reader. Archivists correct transcriptions directly in the transcript database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Special collections handwriting search",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Transcribes digitised manuscripts with an HTR model and lets researchers "
    "search and ask questions about them.",
)

# ---------------------------------------------------------------- data assets
page_images = tg.Data(
    "Manuscript page images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution scans served over IIIF; most are public domain.",
)
transcriptions = tg.Data(
    "Manuscript transcriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Page text with collection id and access flag; restricted modern "
    "collections name living people.",
)
corrections = tg.Data("Archivist corrections", kind="labels", sensitivity=tg.Sensitivity.PII)
ground_truth = tg.Data(
    "HTR ground truth",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Line images paired with corrected text, exported from corrected pages.",
)
base_weights = tg.Data("Base HTR weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC)
htr_checkpoint = tg.Data(
    "Fine-tuned HTR checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PyTorch .pt checkpoint written by the fine-tuning job.",
)
raw_text = tg.Data("Recognised line text", kind="model-output", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data(
    "Transcript chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
sign_in = tg.Data(
    "Researcher sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL)
question = tg.Data(
    "Researcher search or question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
qa_prompt = tg.Data(
    "Q&A prompt with passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the top retrieved transcript passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Answer with page citations", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Academics, students and visiting readers from anywhere.
    researcher = tm.add(tg.Actor("Researcher", role="reader"))
    # Where the open-weights base HTR model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # Central sign-in for staff, students and registered visiting readers.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under the university's enterprise agreement.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # Existing IIIF image server for the digitised collections.
    image_server = tm.add(
        tg.DataStore("IIIF image server", stores={page_images}, internet_facing=True)
    )
    # Transcriptions, collection metadata and access flags; archivists edit here.
    transcript_db = tm.add(tg.DataStore("Transcript database", stores={transcriptions}))
    # Chunks and embeds new or corrected transcriptions.
    indexer = tm.add(tg.Pipeline("Indexing pipeline", stage=tg.Stage.INGESTION))
    # Similarity search over transcript chunks.
    vector_index = tm.add(
        tg.VectorStore(
            "Manuscript vector index",
            stores={chunks},
            controls={
                c.PermissionAwareRetrieval(
                    note="query filtered on the collection access flag for the reader"
                )
            },
        )
    )
    # The search and Q&A web API researchers use.
    search_api = tm.add(
        tg.Endpoint(
            "Search and Q&A API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO (SAML)")},
        )
    )
    # Retrieves passages, builds the prompt, calls the LLM and adds page citations.
    qa_service = tm.add(tg.Service("Q&A orchestrator"))

with tm.boundary("Research computing cluster", trust=tg.Trust.INTERNAL):
    # Batch job that runs the HTR model over every digitised page.
    transcription = tm.add(
        tg.Pipeline(
            "Transcription pipeline", stage=tg.Stage.PREPROCESSING, third_party_packages=True
        )
    )
    # The handwriting-recognition model, run on the cluster's GPUs.
    htr_model = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights HTR base model fine-tuned on our collections.",
        )
    )
    # Corrected pages used to fine-tune the HTR model.
    gt_set = tm.add(
        tg.Dataset("HTR ground-truth set", stores={ground_truth}, purpose="fine-tuning")
    )
    # Fine-tunes the base model on the ground truth when enough new corrections exist.
    fine_tuning = tm.add(
        tg.Pipeline("HTR fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Curates collections, sets access flags and corrects transcriptions.
    archivist = tm.add(tg.Actor("Archivist", role="archivist", privileged=True))

# ---------------------------------------------------------------- flows
# transcription
tm.flow(image_server, transcription, page_images, protocol="https", label="IIIF image API")
tm.flow(transcription, htr_model, page_images, label="line images")
tm.flow(htr_model, transcription, raw_text)
tm.flow(transcription, transcript_db, transcriptions)
tm.flow(transcript_db, indexer, transcriptions)
tm.flow(indexer, vector_index, chunks)

# corrections and fine-tuning
tm.flow(archivist, transcript_db, corrections, label="corrects transcriptions")
tm.flow(transcript_db, archivist, transcriptions)
tm.flow(transcript_db, gt_set, ground_truth, label="corrected pages exported")
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(gt_set, fine_tuning, ground_truth)
tm.flow(fine_tuning, htr_model, htr_checkpoint, label="deploy checkpoint")

# researchers
tm.flow(researcher, sso, sign_in, protocol="https")
tm.flow(sso, search_api, assertion, protocol="saml")
tm.flow(researcher, search_api, question, protocol="https")
tm.flow(search_api, qa_service, question)
tm.flow(qa_service, vector_index, question, label="similarity query")
tm.flow(vector_index, qa_service, chunks)
tm.flow(qa_service, llm, qa_prompt, protocol="https")
tm.flow(llm, qa_service, completion, protocol="https")
tm.flow(qa_service, search_api, answer)
tm.flow(search_api, researcher, answer, protocol="https")
tm.flow(image_server, researcher, page_images, protocol="https", label="IIIF viewer")
