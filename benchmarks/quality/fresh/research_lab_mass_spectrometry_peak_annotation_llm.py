"""Proteomics lab peak annotation assistant: the first design, before any security review.

A university proteomics lab runs an LLM assistant as a desktop app on the shared
analysis workstations next to its mass spectrometers. Instrument control PCs write
raw and mzML files to the lab's file server; researchers ask the assistant to
annotate peaks in a run and to draft the methods section of a paper. The assistant
reads run files through a file-reader tool, looks proteins up in public databases
(UniProt, PDB) through a lookup tool, and writes Python scripts that a local analysis
tool runs against the data; it saves annotation tables and drafts to the project
folder. The model is a commercial LLM API under the university's enterprise agreement.
Controls in this design: the vendor was reviewed by university procurement, TLS to
the vendor and the databases, the researcher confirms each script before it runs,
an agent step limit, group permissions and nightly backups on the file server.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Proteomics lab peak annotation assistant",
    profile=tg.RiskProfile.LOW,
    description="Desktop LLM assistant on shared lab workstations that annotates mass "
    "spectrometry peaks from run files and public protein databases and drafts methods text.",
)

# ---------------------------------------------------------------- data assets
raw_runs = tg.Data(
    "Instrument run files",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Vendor raw and mzML files with sample metadata of unpublished studies.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request = tg.Data(
    "Researcher request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Which run to annotate, search settings, or which methods to describe.",
)
llm_prompt = tg.Data(
    "Assistant prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, request, peak lists and database entries gathered so far.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Text, tool calls and generated Python scripts.",
)
file_call = tg.Data("Run file read call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
peak_list = tg.Data(
    "Extracted peak list",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    description="m/z, intensity and retention time of peaks, plus run metadata.",
)
lookup_call = tg.Data("Protein lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
lookup_query = tg.Data(
    "Protein database query",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Accessions, peptide sequences or masses sent to the public APIs.",
)
protein_entries = tg.Data(
    "Protein database entries",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    description="UniProt and PDB records: sequences, modifications, free-text annotations.",
)
lookup_result = tg.Data(
    "Protein lookup result", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result"
)
script = tg.Data("Generated analysis script", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
script_output = tg.Data(
    "Script output", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
annotations = tg.Data(
    "Peak annotations and methods draft",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
history = tg.Data(
    "Session history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="logs",
    description="Past conversations and tool results, kept per workstation.",
)
api_key = tg.Data(
    "LLM API key",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="The lab's key for the university's enterprise LLM account.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public protein knowledge bases the annotations draw on.
    protein_dbs = tm.add(
        tg.DataSource(
            "Public protein databases",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={protein_entries},
            description="UniProt and RCSB PDB REST APIs; entries are community-curated.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Commercial model behind the university's enterprise agreement (no training on data).
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="university procurement and data agreement")},
        )
    )

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Postdocs and students who run analyses and write papers.
    researcher = tm.add(tg.Actor("Researcher", role="lab researcher"))
    # Shared storage for all instrument output and project folders.
    file_server = tm.add(
        tg.DataStore(
            "Lab file server",
            stores={raw_runs, annotations},
            controls={
                c.RBAC(note="project folders shared by research group"),
                c.DataVersioning(note="nightly backups by university IT"),
            },
        )
    )

    with tm.boundary("Instrument network", trust=tg.Trust.INTERNAL):
        # Vendor-supplied PC driving the mass spectrometer; writes each run to the server.
        instrument_pc = tm.add(
            tg.Device(
                "Mass spectrometer control PC",
                fleet=False,
                description="Vendor acquisition software on an older Windows build.",
            )
        )

    with tm.boundary("Shared analysis workstation", trust=tg.Trust.INTERNAL):
        # The assistant: plans the annotation, calls tools, drafts text.
        assistant = tm.add(
            tg.Agent(
                "Peak annotation assistant",
                autonomy=tg.Autonomy.ASSISTIVE,
                memory=True,
                description="Desktop app; researchers use it under the shared lab account.",
                controls={
                    c.Authentication(method="shared lab account password on the workstation"),
                    c.CircuitBreaker(max_steps=30),
                },
            )
        )
        # Parses vendor raw / mzML files into peak lists for the assistant.
        file_reader = tm.add(
            tg.Tool("Run file reader", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
        )
        # Looks accessions and sequences up in the public databases.
        protein_lookup = tm.add(
            tg.Tool(
                "Protein database lookup",
                capabilities={"read", "network-egress"},
                origin=tg.ToolOrigin.FIRST_PARTY,
            )
        )
        # Runs the assistant's Python scripts (pyteomics, pandas) on the workstation.
        python_tool = tm.add(
            tg.Tool(
                "Python analysis runner",
                capabilities={"read", "write", "execute-code"},
                origin=tg.ToolOrigin.FIRST_PARTY,
                controls={c.HumanInTheLoop(approver="the researcher at the workstation")},
            )
        )
        # Conversation history so a researcher can resume an analysis later.
        history_store = tm.add(tg.DataStore("Session history folder", stores={history}))
        # App configuration on the workstation, including the API key.
        config_store = tm.add(tg.DataStore("Assistant config file", stores={api_key}))

# ---------------------------------------------------------------- flows
tm.flow(instrument_pc, file_server, raw_runs, protocol="smb", label="run upload")

tm.flow(researcher, assistant, request, protocol="local", label="typed at the workstation")
tm.flow(assistant, researcher, annotations, protocol="local")

tm.flow(config_store, assistant, api_key, protocol="local")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, file_reader, file_call, protocol="local")
tm.flow(file_server, file_reader, raw_runs, protocol="smb")
tm.flow(file_reader, assistant, peak_list, protocol="local")

tm.flow(assistant, protein_lookup, lookup_call, protocol="local")
tm.flow(protein_lookup, protein_dbs, lookup_query, protocol="https")
tm.flow(protein_dbs, protein_lookup, protein_entries, protocol="https")
tm.flow(protein_lookup, assistant, lookup_result, protocol="local")

tm.flow(assistant, python_tool, script, protocol="local")
tm.flow(file_server, python_tool, raw_runs, protocol="smb")
tm.flow(python_tool, file_server, annotations, protocol="smb", label="writes annotation tables")
tm.flow(python_tool, assistant, script_output, protocol="local")

tm.flow(assistant, file_server, annotations, protocol="smb", label="saves drafts")
tm.flow(assistant, history_store, history, protocol="local")
tm.flow(history_store, assistant, history, protocol="local")
