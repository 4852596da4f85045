"""Braille document conversion: the first design, before any security review.

A charity for blind and partially sighted people converts the letters, bills and
forms its members upload into braille and into short plain-language audio summaries.
Members upload through an accessible web portal (e-mail and password). In the
charity's cloud tenancy an orchestrator runs OCR, asks a hosted LLM to clean up the
text and write a plain-language summary, translates the text to Grade 2 braille and
has a cloud text-to-speech vendor voice the summary. Braille files go to an embosser
in the production room, where staff pack and post the copies. Members can also phone
a voice agent that answers questions about their documents: it signs callers in by
caller ID and PIN and reads only that member's documents through a lookup tool.
Documents are encrypted at rest, and the LLM vendor was vetted under a data-processing
agreement that excludes training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Braille document conversion",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Members' letters, bills and forms turned into braille, audio summaries "
    "and phone answers by an LLM pipeline.",
)

# ---------------------------------------------------------------- data assets
uploads = tg.Data(
    "Uploaded member documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scans and PDFs of letters, bills, bank and benefit forms, medical letters.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Conversion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the full extracted text of the document.",
)
llm_output = tg.Data(
    "Cleaned text and plain-language summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
braille_file = tg.Data("Braille file (BRF)", kind="documents", sensitivity=tg.Sensitivity.PII)
audio_summary = tg.Data("Audio summary", kind="media", sensitivity=tg.Sensitivity.PII)
embossed_copy = tg.Data("Embossed braille copy", kind="documents", sensitivity=tg.Sensitivity.PII)
dispatch_label = tg.Data(
    "Dispatch label",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name and postal address for the braille copy.",
)
call_audio = tg.Data("Caller speech", kind="media", sensitivity=tg.Sensitivity.PII)
call_transcript = tg.Data(
    "Caller question transcript", kind="prompt", sensitivity=tg.Sensitivity.PII
)
agent_prompt = tg.Data(
    "Voice agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the caller's question and the retrieved document text.",
)
agent_completion = tg.Data(
    "Voice agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
spoken_answer = tg.Data("Spoken answer", kind="media", sensitivity=tg.Sensitivity.PII)
answer_text = tg.Data("Answer text", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Document lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Document lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A blind or partially sighted member of the charity.
    member = tm.add(tg.Actor("Member", role="member"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Carries the calls and does speech-to-text and text-to-speech for the voice line.
    telephony = tm.add(
        tg.ExternalService("Telephony and speech provider", description="Programmable voice API.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the cleaned text, the summaries and the phone answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("TTS vendor", trust=tg.Trust.PARTNER):
    # Voices the plain-language summaries as audio files.
    tts = tm.add(tg.ExternalService("Cloud text-to-speech"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Accessible upload and download site for members.
    portal = tm.add(
        tg.Endpoint(
            "Member upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB maximum"),
            },
        )
    )
    # Holds the originals and every converted output per member.
    doc_store = tm.add(
        tg.DataStore(
            "Member document store",
            stores={uploads, extracted_text, llm_output, braille_file, audio_summary},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs each conversion job step by step.
    orchestrator = tm.add(tg.Service("Conversion orchestrator"))
    # Open-source OCR and layout extraction, run in our own containers.
    ocr = tm.add(tg.Service("OCR service"))
    # liblouis-based translation of the cleaned text into Grade 2 braille.
    braille = tm.add(tg.Service("Braille translation service"))
    # Answers members' questions about their documents on the phone line.
    voice_agent = tm.add(
        tg.Agent(
            "Document voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.Authentication(method="caller ID match and 4-digit PIN")},
        )
    )
    # Read-only lookup of the signed-in caller's documents.
    lookup_tool = tm.add(
        tg.Tool(
            "Document lookup tool",
            capabilities={"read"},
            controls={c.PermissionAwareRetrieval(note="scoped to the signed-in member's id")},
        )
    )

with tm.boundary("Production room", trust=tg.Trust.INTERNAL):
    # Embosses the braille copies for posting.
    embosser = tm.add(tg.Device("Braille embosser", fleet=False))
    # Staff and volunteers who pack and post the embossed copies.
    staff = tm.add(tg.Actor("Production staff", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, uploads, protocol="https")
tm.flow(portal, doc_store, uploads)
tm.flow(doc_store, orchestrator, uploads)
tm.flow(orchestrator, ocr, uploads)
tm.flow(ocr, orchestrator, extracted_text)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_output, protocol="https")
tm.flow(orchestrator, braille, llm_output)
tm.flow(braille, orchestrator, braille_file)
tm.flow(orchestrator, tts, llm_output, protocol="https")
tm.flow(tts, orchestrator, audio_summary, protocol="https")
tm.flow(orchestrator, doc_store, extracted_text, llm_output, braille_file, audio_summary)
tm.flow(doc_store, portal, llm_output, audio_summary)
tm.flow(portal, member, llm_output, audio_summary, protocol="https")

tm.flow(orchestrator, embosser, braille_file, protocol="ipp")
tm.flow(orchestrator, staff, dispatch_label, protocol="https")
tm.flow(embosser, staff, embossed_copy)
tm.flow(staff, member, embossed_copy, label="posted")

tm.flow(member, telephony, call_audio, protocol="pstn")
tm.flow(telephony, voice_agent, call_transcript, protocol="wss")
tm.flow(voice_agent, llm, agent_prompt, protocol="https")
tm.flow(llm, voice_agent, agent_completion, protocol="https")
tm.flow(voice_agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, doc_store, lookup_call)
tm.flow(doc_store, lookup_tool, extracted_text, llm_output)
tm.flow(lookup_tool, voice_agent, lookup_result)
tm.flow(voice_agent, telephony, answer_text, protocol="wss")
tm.flow(telephony, member, spoken_answer, protocol="pstn")
